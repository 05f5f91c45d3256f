/** Rows 1, 2, 5: our `collection` command vs `newman run` on the same collection, interleaved. */
import { performance } from 'node:perf_hooks';
import { benchConfig, targets } from '../config.js';
import { launcher, newmanRunCommand, ourCollectionCommand, type Invocation } from '../commands.js';
import { grantsIn, type Emulator } from '../emulator.js';
import { markdownTable, measured, median, megabytes, ms, notMeasured, row, type Measured, type Row, type Section } from '../report.js';

import { root, benchStart, log, overBudget, budgetNote, run, measuredRun, failed, type MeasuredRun, type BenchRows } from '../context.js';

// ---- 1, 2, 5: our command vs newman run --------------------------------------------------------

export interface Comparison {
  ours: MeasuredRun[];
  newman: MeasuredRun[];
  error?: string;
}

/** `commands`: the two invocations to compare (default: the smoke run, `--api sponsored-ads`). */
export async function compareWithNewman(
  emulator: Emulator,
  commands: { ours: Invocation; newman: Invocation } = { ours: ourCollectionCommand(root, emulator), newman: newmanRunCommand(root, emulator) },
): Promise<Comparison> {
  const { ours, newman } = commands;
  const result: Comparison = { ours: [], newman: [] };
  log('overhead: one warm-up run of each (not counted)');
  for (const invocation of [ours, newman]) {
    const warm = await measuredRun(emulator, invocation);
    const problem = failed(warm);
    if (problem) {
      result.error = `${invocation === ours ? 'our collection command' : 'newman run'} failed: ${problem}`;
      return result;
    }
  }
  for (let i = 0; i < benchConfig.compareRuns; i++) {
    if (i >= benchConfig.minCompareRuns && performance.now() - benchStart > benchConfig.compareExtraRoundsUntilMs) {
      log(`overhead: stopping after ${i} rounds to leave time for the listing rows`);
      break;
    }
    if (overBudget()) {
      result.error = budgetNote;
      break;
    }
    // alternate who goes first, so neither always runs on a warmer machine
    const order: Array<['ours' | 'newman', Invocation]> = i % 2 === 0 ? [['ours', ours], ['newman', newman]] : [['newman', newman], ['ours', ours]];
    for (const [who, invocation] of order) {
      const measuredOne = await measuredRun(emulator, invocation);
      const problem = failed(measuredOne);
      if (problem) {
        result.error = `${who === 'ours' ? 'our collection command' : 'newman run'} failed: ${problem}`;
        return result;
      }
      result[who].push(measuredOne);
    }
    log(`overhead: round ${i + 1}/${benchConfig.compareRuns}: ours ${ms(result.ours.at(-1)!.child.wallMs)}, newman ${ms(result.newman.at(-1)!.child.wallMs)}`);
  }
  return result;
}

export function comparisonRows(comparison: Comparison, startup: { nodeMs: Measured; tsxMs: Measured; helpMs: Measured }): BenchRows {
  const rows: Row[] = [];
  const sections: Section[] = [];
  const oursWall = comparison.ours.map((r) => r.child.wallMs);
  const newmanWall = comparison.newman.map((r) => r.child.wallMs);
  const enough = comparison.ours.length >= 5 && comparison.newman.length >= 5;
  const why = comparison.error ?? (enough ? undefined : 'fewer than 5 runs of each');
  const oursMedian = median(oursWall);
  const newmanMedian = median(newmanWall);
  const tsxCost =
    'value' in startup.tsxMs && 'value' in startup.nodeMs ? startup.tsxMs.value - startup.nodeMs.value : Number.NaN;
  rows.push(
    row(
      '1',
      `Overhead: our \`collection\` vs \`newman run\`, same collection/environment/requests, median of ${comparison.ours.length} interleaved runs each`,
      why ? notMeasured(why) : measured(oursMedian / newmanMedian),
      { kind: 'ratioAtMost', limit: targets.startupOverheadRatio },
      (ratio) => `${ratio.toFixed(2)} (ours ${ms(oursMedian)} / newman ${ms(newmanMedian)})`,
      `ours runs as \`node ${launcher} collection --\` (what npm run collection runs): compiled JavaScript, src/ up to date` +
        (Number.isFinite(tsxCost) ? `; tsx, which it replaces, alone costs ~${ms(tsxCost)} of start-up (row 5b)` : ''),
    ),
  );

  const oursCpu = median(comparison.ours.map((r) => r.child.cpuMs));
  const newmanCpu = median(comparison.newman.map((r) => r.child.cpuMs));
  rows.push(
    row(
      '1c',
      'CPU time (user + system) of one small run: our `collection` / `newman run` (medians; cross-check that does not depend on machine load)',
      why ? notMeasured(why) : measured(oursCpu / newmanCpu),
      { kind: 'none', reason: 'reference' },
      (ratio) => `${ratio.toFixed(2)} (${ms(oursCpu)} / ${ms(newmanCpu)})`,
    ),
  );
  const oursRss = median(comparison.ours.map((r) => r.child.peakRssBytes));
  const newmanRss = median(comparison.newman.map((r) => r.child.peakRssBytes));
  rows.push(
    row(
      '1b',
      'Peak RSS of one small run: our `collection` / `newman run` (medians)',
      why ? notMeasured(why) : measured(oursRss),
      { kind: 'none', reason: 'reference' },
      (value) => `${megabytes(value)} / ${megabytes(newmanRss)}`,
    ),
  );

  const grants = comparison.ours.map((r) => grantsIn(r.delta));
  const worst = grants.length === 0 ? Number.NaN : grants.reduce((a, b) => (Math.abs(b - 1) > Math.abs(a - 1) ? b : a));
  rows.push(
    row(
      '2',
      'Token grants per run of our `collection` command (emulator stats)',
      comparison.error && grants.length === 0 ? notMeasured(comparison.error) : grants.length === 0 ? notMeasured('no runs') : measured(worst),
      { kind: 'exactly', expected: targets.grantsPerRun },
      (value) => (grants.every((g) => g === value) ? `${value} in each of ${grants.length} runs` : `${value} (worst; per run: ${grants.join(', ')})`),
    ),
  );
  const newmanGrants = comparison.newman.map((r) => grantsIn(r.delta));
  rows.push(
    row(
      '2b',
      'Token grants per run of plain `newman run` (same collection, reference)',
      newmanGrants.length === 0 ? notMeasured(comparison.error ?? 'no runs') : measured(Math.max(...newmanGrants)),
      { kind: 'none', reason: 'reference' },
      (value) => `${value} (max of ${newmanGrants.length} runs)`,
    ),
  );

  const nodeMs = 'value' in startup.nodeMs ? startup.nodeMs.value : Number.NaN;
  const versusNode = (value: number) => (Number.isFinite(nodeMs) ? ` (node -e 0: ${ms(nodeMs)}; +${ms(value - nodeMs)})` : '');
  rows.push(
    row('5a', `Start-up: \`node -e 0\` (median of ${benchConfig.startupRuns})`, startup.nodeMs, { kind: 'none', reason: 'baseline' }, ms),
    row(
      '5b',
      `Start-up: \`node --import tsx -e 0\` (median of ${benchConfig.startupRuns})`,
      startup.tsxMs,
      { kind: 'none', reason: 'reference: the TypeScript loader the CLI no longer starts through' },
      (value) => `${ms(value)}${versusNode(value)}`,
    ),
    row(
      '5c',
      `Start-up: \`node ${launcher} collection --help\` (median of ${benchConfig.startupRuns}; src/ up to date)`,
      startup.helpMs,
      { kind: 'none', reason: 'issue sets none' },
      (value) => `${ms(value)}${versusNode(value)}`,
    ),
  );
  const firstOurs = comparison.ours.map((r) => r.firstRequestMs);
  const firstNewman = comparison.newman.map((r) => r.firstRequestMs);
  rows.push(
    row(
      '5d',
      'Start-up: spawn -> first request at the emulator, our `collection` (median of the row-1 runs)',
      firstOurs.length ? measured(median(firstOurs)) : notMeasured(comparison.error ?? 'no runs'),
      { kind: 'none', reason: 'issue sets none' },
      (value) => `${ms(value)}${versusNode(value)}`,
    ),
    row(
      '5e',
      'Start-up: spawn -> first request at the emulator, plain `newman run` (median of the row-1 runs)',
      firstNewman.length ? measured(median(firstNewman)) : notMeasured(comparison.error ?? 'no runs'),
      { kind: 'none', reason: 'reference' },
      (value) => `${ms(value)}${versusNode(value)}`,
    ),
  );

  const perRun = [...comparison.ours.map((r) => ['ours', r] as const), ...comparison.newman.map((r) => ['newman', r] as const)];
  sections.push({
    title: 'Row 1, 2, 5: every run',
    body: [
      'Interleaved, alternating which command goes first; one unmeasured warm-up run of each before.',
      'Both run as child processes of the bench; wall time is spawn -> exit. Peak RSS is the child\'s own (GNU time maxrss).',
      '',
      markdownTable(
        ['command', 'wall', 'CPU', 'spawn -> first request', 'requests', 'token grants', 'peak RSS'],
        perRun.map(([who, r]) => [
          who,
          ms(r.child.wallMs),
          ms(r.child.cpuMs),
          ms(r.firstRequestMs),
          String(r.delta.requests),
          String(grantsIn(r.delta)),
          megabytes(r.child.peakRssBytes),
        ]),
      ),
    ].join('\n'),
  });
  return { rows, sections };
}
