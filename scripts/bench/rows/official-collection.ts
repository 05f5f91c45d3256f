/**
 * Row 10: our `collection` (default run: token, profiles, SP/SB/SD campaign lists) vs plain `newman run`
 * on Amazon's official collection (../shared/reference/postman) on the same requests (Auth refresh,
 * Accounts / Profiles, First call), against the same emulator, interleaved, on Node 24 (where the
 * target is set). Row 11: start-up on each Node version CI tests (`collection --help`, with Node's
 * compile cache and without).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { benchConfig, targets } from '../config.js';
import { launcher, officialCollection, officialNewmanCommand, ourCollectionCommand, type Invocation } from '../commands.js';
import { type Emulator } from '../emulator.js';
import { markdownTable, measured, median, ms, notMeasured, row, type Measured, type Row } from '../report.js';
import { root, log, run, failed, type BenchRows, type MeasuredRun } from '../context.js';
import { compareWithNewman } from './compare-with-newman.js';
import type { NodeBinary } from '../node-binaries.js';

const onNode = (invocation: Invocation, node: NodeBinary): Invocation => ({ ...invocation, command: node.path });
const major = (node: NodeBinary) => Number(node.version.slice(1).split('.')[0]);

export async function officialCollectionRows(emulator: Emulator, node: NodeBinary | undefined): Promise<BenchRows> {
  const missing = !existsSync(path.join(root, officialCollection))
    ? `${officialCollection} is absent (Amazon's reference data beside the project)`
    : node === undefined
      ? 'no Node 24 among the CI versions (.ci/run OTHER_NODE_VERSIONS)'
      : undefined;
  if (missing || !node) {
    return { rows: [row('10', "Our `collection` vs plain `newman run` of Amazon's official collection on Node 24", notMeasured(missing!), { kind: 'ratioAtMost', limit: targets.startupOverheadRatio }, String)], sections: [] };
  }
  log(`official collection: Node ${node.version}`);
  const comparison = await compareWithNewman(emulator, {
    ours: onNode(ourCollectionCommand(root, emulator), node),
    newman: onNode(officialNewmanCommand(root, emulator), node),
  });
  const enough = comparison.ours.length >= 5 && comparison.newman.length >= 5;
  const why = comparison.error ?? (enough ? undefined : 'fewer than 5 runs of each');
  const medianOf = (runs: MeasuredRun[], value: (run: MeasuredRun) => number) => median(runs.map(value));
  const [oursWall, officialWall] = [comparison.ours, comparison.newman].map((runs) => medianOf(runs, (r) => r.child.wallMs));
  const [oursCpu, officialCpu] = [comparison.ours, comparison.newman].map((runs) => medianOf(runs, (r) => r.child.cpuMs));
  const requests = (runs: MeasuredRun[]) => runs[0]?.delta.requests ?? 0;
  const rows: Row[] = [
    row(
      '10',
      `Our \`collection\` vs plain \`newman run\` of Amazon's official collection (${officialCollection}), same requests (Auth refresh, Accounts / Profiles, First call), same emulator, Node ${node.version}, median of ${comparison.ours.length} interleaved runs each`,
      why ? notMeasured(why) : measured(oursWall / officialWall),
      { kind: 'ratioAtMost', limit: targets.startupOverheadRatio },
      (ratio) => `${ratio.toFixed(2)} (ours ${ms(oursWall)} / newman ${ms(officialWall)})`,
      `requests per run: ours ${requests(comparison.ours)} (SD lists its second page), official ${requests(comparison.newman)}`,
    ),
    row(
      '10b',
      'CPU time (user + system) of the same runs: ours / official (medians; cross-check that does not depend on machine load)',
      why ? notMeasured(why) : measured(oursCpu / officialCpu),
      { kind: 'none', reason: 'reference' },
      (ratio) => `${ratio.toFixed(2)} (${ms(oursCpu)} / ${ms(officialCpu)})`,
    ),
  ];
  const perRun = (['ours', 'official'] as const).flatMap((who) =>
    (who === 'ours' ? comparison.ours : comparison.newman).map((r) => [node.version, who, ms(r.child.wallMs), ms(r.child.cpuMs), ms(r.firstRequestMs), String(r.delta.requests)]),
  );
  return {
    rows,
    sections: [
      {
        title: 'Row 10: every run',
        body: [
          "Ours: `node scripts/launch.mjs collection -- --region na` (what `npm run collection` runs). Official: `node node_modules/newman/bin/newman.js run` on Amazon's collection and environment with",
          '`--folder "Access token from refresh token" --folder Profiles --folder "First call"` and the emulator in `--env-var`. Interleaved, alternating who goes first, one unmeasured warm-up of each.',
          '',
          markdownTable(['Node', 'command', 'wall', 'CPU', 'spawn -> first request', 'requests'], perRun),
        ].join('\n'),
      },
    ],
  };
}

async function medianWall(invocation: Invocation): Promise<Measured> {
  const all: number[] = [];
  for (let i = 0; i < benchConfig.startupRuns; i++) {
    const child = await run(invocation);
    const problem = failed(child);
    if (problem) return notMeasured(problem);
    all.push(child.wallMs);
  }
  return measured(median(all));
}

export async function startupPerNodeRows(nodes: NodeBinary[]): Promise<BenchRows> {
  const rows: Row[] = [];
  for (const [index, node] of nodes.entries()) {
    log(`start-up: Node ${node.version}`);
    const help = (env: NodeJS.ProcessEnv): Invocation => ({ command: node.path, args: [path.join(root, launcher), 'collection', '--help'], env: { ...process.env, ...env } });
    await run(help({})); // unmeasured: compiles src/ if needed and fills the compile cache
    const bare = await medianWall({ command: node.path, args: ['-e', '0'], env: { ...process.env } });
    const cached = await medianWall(help({}));
    const uncached = await medianWall(help({ NODE_DISABLE_COMPILE_CACHE: '1' }));
    const hasCache = major(node) >= 22;
    const base = 'value' in bare ? bare.value : Number.NaN;
    const other = 'value' in uncached ? uncached.value : Number.NaN;
    rows.push(
      row(
        `11${String.fromCharCode(97 + index)}`,
        `Start-up on Node ${node.version}: \`node ${launcher} collection --help\` (median of ${benchConfig.startupRuns}; src/ compiled${hasCache ? ', compile cache warm' : ''})`,
        cached,
        { kind: 'none', reason: 'reference per Node version' },
        (value) => `${ms(value)} (node -e 0: ${ms(base)}; +${ms(value - base)})`,
        hasCache ? `without the compile cache (NODE_DISABLE_COMPILE_CACHE=1): ${ms(other)}` : 'Node 20 has no module compile cache (module.enableCompileCache is Node 22.1+)',
      ),
    );
  }
  return { rows, sections: [] };
}
