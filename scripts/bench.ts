/**
 * `npm run bench`: measures what issue 7 asks, all in one run, and prints a markdown table with
 * each value, its target and pass / MISS; writes the same to bench/results.md.
 *
 *  1. our `collection` command vs `newman run` on the same collection (median of interleaved runs)
 *  2. token grants per run (emulator stats)
 *  3. SP campaign listing at 1 000 / 10 000 / 100 000 campaigns, pages of 100 and of the largest size
 *  4. building the full catalog (in-process and `npm run build`)
 *  5. start-up: `--help` and spawn -> first request, against `node -e 0`
 *
 * The emulator runs in this process; every measured command runs as a child (wall time from
 * spawn to exit, peak RSS of the child alone). Progress goes to stderr, the table to stdout.
 * Exit code 0 when the bench ran (misses are reported, not thrown); 1 when the bench itself broke.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchConfig, targets } from './bench/config.js';
import { describeFailure, gnuTimeAvailable, runChild, type ChildRun } from './bench/child.js';
import { launcher, newmanRunCommand, ourCollectionCommand, type Invocation } from './bench/commands.js';
import { difference, grantsIn, snapshot, startBenchEmulator, type Emulator, type StatsSnapshot } from './bench/emulator.js';
import { redact } from './bench/redact.js';
import {
  markdownTable,
  measured,
  median,
  megabytes,
  kilobytes,
  ms,
  notMeasured,
  resultsMarkdown,
  resultsTable,
  row,
  summaryLine,
  type Measured,
  type Row,
  type Section,
} from './bench/report.js';
import { pagingSpan, RequestClock } from './bench/request-clock.js';
import { largestSpPageSize, pageSizeMechanism, pageSizeRequest } from './bench/page-size.js';
import { measureBuild } from './bench/build.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchStart = performance.now();
const rows: Row[] = [];
const sections: Section[] = [];
const clock = new RequestClock().start();
const secrets = new Set<string>();
const spListRoute = { method: 'POST', path: '/sp/campaigns/list' };
const spListKey = 'POST /sp/campaigns/list';

function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - benchStart) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

function overBudget(): boolean {
  return performance.now() - benchStart > benchConfig.budgetMs;
}

const budgetNote = `skipped: the bench's ${benchConfig.budgetMs / 1000} s budget was used up`;

function safe(text: string): string {
  return redact(text, [...secrets]);
}

function errorText(error: unknown): string {
  return safe(error instanceof Error ? error.message.split('\n')[0] : String(error));
}

async function run(invocation: Invocation, timeoutMs: number = benchConfig.childTimeoutMs): Promise<ChildRun> {
  return runChild(invocation.command, invocation.args, {
    cwd: root,
    env: invocation.env,
    timeoutMs,
    measureRss: true,
  });
}

interface MeasuredRun {
  child: ChildRun;
  delta: StatsSnapshot;
  firstRequestMs: number;
  seen: ReturnType<RequestClock['requests']>;
}

/** Runs one command against `emulator`, with the emulator's stats and the request clock around it. */
async function measuredRun(emulator: Emulator, invocation: Invocation, timeoutMs?: number): Promise<MeasuredRun> {
  clock.reset();
  const before = snapshot(emulator);
  const child = await run(invocation, timeoutMs);
  // responses may still be flushing when the child exits; stats are counted on arrival, so read now
  const delta = difference(before, snapshot(emulator));
  const first = clock.firstAt();
  return {
    child,
    delta,
    firstRequestMs: first === undefined ? Number.NaN : first - child.spawnedAt,
    seen: [...clock.requests()],
  };
}

function failed(run: MeasuredRun | ChildRun): string | undefined {
  const child = 'child' in run ? run.child : run;
  return child.exitCode === 0 && !child.timedOut ? undefined : safe(describeFailure(child));
}

// ---- 5 (part): bare start-up references -------------------------------------------------------

async function medianWall(invocation: Invocation, runs: number): Promise<{ value: Measured; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = await run(invocation);
    const problem = failed(child);
    if (problem) return { value: notMeasured(problem), all };
    all.push(child.wallMs);
  }
  return { value: measured(median(all)), all };
}

async function startupReferences(): Promise<{ nodeMs: Measured; tsxMs: Measured; helpMs: Measured }> {
  const env = { ...process.env };
  log(`start-up: node -e 0, node --import tsx -e 0, node ${launcher} collection --help`);
  // unmeasured: lets the launcher compile src/ if it changed since its last run, as a user's first run would
  const warm = await run({ command: process.execPath, args: [path.join(root, launcher), 'collection', '--help'], env });
  if (failed(warm)) log(`the launcher failed: ${failed(warm)}`);
  const node = await medianWall({ command: process.execPath, args: ['-e', '0'], env }, benchConfig.startupRuns);
  const tsx = await medianWall({ command: process.execPath, args: ['--import', 'tsx', '-e', '0'], env }, benchConfig.startupRuns);
  const help = await medianWall(
    { command: process.execPath, args: [path.join(root, launcher), 'collection', '--help'], env },
    benchConfig.startupRuns,
  );
  return { nodeMs: node.value, tsxMs: tsx.value, helpMs: help.value };
}

// ---- 1, 2, 5: our command vs newman run --------------------------------------------------------

interface Comparison {
  ours: MeasuredRun[];
  newman: MeasuredRun[];
  error?: string;
}

async function compareWithNewman(emulator: Emulator): Promise<Comparison> {
  const ours = ourCollectionCommand(root, emulator);
  const newman = newmanRunCommand(root, emulator);
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

function comparisonRows(comparison: Comparison, startup: { nodeMs: Measured; tsxMs: Measured; helpMs: Measured }): void {
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
      { kind: 'ratioAtMost', limit: targets.overheadRatio },
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
}

// ---- 3: listing at scale ------------------------------------------------------------------------

interface ScaleResult {
  campaigns: number;
  pageSize: number;
  runs: Array<{ wallMs: number; cpuMs: number; spPages: number; requests: number; perPageMs: number; peakRssBytes: number; spanMs: number }>;
  error?: string;
}

/** One measured run of our command listing `campaigns` SP campaigns in pages of `pageSize`, on a fresh emulator. */
async function listOnce(campaigns: number, pageSize: number, largest: number): Promise<ScaleResult['runs'][number]> {
  const request = pageSizeRequest(pageSize, largest);
  const emulator = await startBenchEmulator({ campaigns });
  try {
    const one = await measuredRun(emulator, ourCollectionCommand(root, emulator, request.args), benchConfig.scaleChildTimeoutMs);
    const problem = failed(one);
    if (problem) throw new Error(`our collection command failed: ${problem}`);
    const span = pagingSpan(one.seen, spListRoute);
    const spPages = one.delta.routes[spListKey] ?? 0;
    const expectedPages = Math.ceil(campaigns / pageSize);
    if (spPages !== expectedPages) {
      throw new Error(`${spPages} SP list requests where ${campaigns} campaigns in pages of ${pageSize} make ${expectedPages} (${request.how})`);
    }
    // the runner's summary line "campaigns   SP 100000, SB 3, SD 2": every campaign must be counted
    const counted = /campaigns\s+SP (\d+)/.exec(one.child.stdoutTail)?.[1];
    if (counted !== undefined && Number(counted) !== campaigns) {
      throw new Error(`the run counted ${counted} SP campaigns of ${campaigns}`);
    }
    return {
      wallMs: one.child.wallMs,
      cpuMs: one.child.cpuMs,
      spPages,
      requests: one.delta.requests,
      spanMs: span?.spanMs ?? Number.NaN,
      perPageMs: span?.perPageMs ?? Number.NaN,
      peakRssBytes: one.child.peakRssBytes,
    };
  } finally {
    await emulator.stop();
  }
}

/**
 * Every (size, page size) once first, smallest to largest, so a slow machine still measures each
 * point; then the repeat runs of the small sizes while time allows.
 */
async function listingAtScale(largest: number): Promise<ScaleResult[]> {
  const results: ScaleResult[] = benchConfig.scaleSizes.flatMap((campaigns) =>
    [benchConfig.smallPageSize, largest].map((pageSize) => ({ campaigns, pageSize, runs: [] as ScaleResult['runs'] })),
  );
  const passes = Math.max(...benchConfig.scaleSizes.map((size) => benchConfig.scaleRuns(size)));
  for (let pass = 0; pass < passes; pass++) {
    for (const result of results) {
      if (result.error || pass >= benchConfig.scaleRuns(result.campaigns)) continue;
      if (pass > 0 && performance.now() - benchStart > benchConfig.repeatRunsUntilMs) continue;
      if (overBudget()) {
        if (result.runs.length === 0) result.error = budgetNote;
        continue;
      }
      log(`scale: ${result.campaigns} campaigns, page ${result.pageSize}, run ${pass + 1}`);
      try {
        const one = await listOnce(result.campaigns, result.pageSize, largest);
        result.runs.push(one);
        log(`scale: ${ms(one.wallMs)}, ${one.spPages} pages, ${megabytes(one.peakRssBytes)} peak RSS`);
      } catch (error) {
        result.error = errorText(error);
      }
    }
  }
  return results;
}

function medianOf(result: ScaleResult, pick: (r: ScaleResult['runs'][number]) => number): number {
  return median(result.runs.map(pick));
}

function scaleRows(results: ScaleResult[], largest: number, mechanism: string): void {
  const ids = 'abcdefghijklmnop';
  results.forEach((result, index) => {
    const runs = result.runs.length;
    rows.push(
      row(
        `3${ids[index]}`,
        `Listing ${result.campaigns.toLocaleString('en-US').replace(/,/g, ' ')} SP campaigns, page ${result.pageSize}: wall time${runs > 1 ? ` (median of ${runs})` : ''}`,
        runs && !result.error ? measured(medianOf(result, (r) => r.wallMs)) : notMeasured(result.error ?? 'no run'),
        { kind: 'none', reason: 'judged in the linearity and RSS rows' },
        (wall) =>
          `${ms(wall)}; ${medianOf(result, (r) => r.spPages)} SP pages, ${medianOf(result, (r) => r.requests)} requests; ` +
          `${ms(medianOf(result, (r) => r.perPageMs))}/page; peak RSS ${megabytes(medianOf(result, (r) => r.peakRssBytes))}`,
      ),
    );
  });
  let next = results.length;
  for (const pageSize of [benchConfig.smallPageSize, largest]) {
    const bySize = results.filter((r) => r.pageSize === pageSize).sort((x, y) => x.campaigns - y.campaigns);
    const biggest = bySize.find((r) => r.campaigns === Math.max(...benchConfig.scaleSizes));
    // the smallest size whose loop has at least two pages (one page has no page-to-page interval)
    const smallest = bySize.find((r) => r !== biggest && !r.error && Number.isFinite(medianOf(r, (one) => one.perPageMs)));
    const small = smallest ? medianOf(smallest, (r) => r.perPageMs) : Number.NaN;
    const big = biggest && !biggest.error ? medianOf(biggest, (r) => r.perPageMs) : Number.NaN;
    const problem = !biggest || biggest.error || !Number.isFinite(big)
      ? biggest?.error ?? 'the largest size was not measured'
      : !smallest
        ? 'no smaller size with two or more pages was measured'
        : undefined;
    const skipped = bySize.filter((r) => r.campaigns < (smallest?.campaigns ?? 0)).map((r) => r.campaigns);
    rows.push(
      row(
        `3${ids[next++]}`,
        `Linear time, page ${pageSize}: per-page time at ${biggest?.campaigns ?? '?'} campaigns / at ${smallest?.campaigns ?? '?'}`,
        problem ? notMeasured(problem) : measured(big / small),
        { kind: 'ratioAtMost', limit: targets.linearityFactor },
        (ratio) => `${ratio.toFixed(2)} (${ms(big)} vs ${ms(small)} per page)`,
        [
          'per page = time between consecutive SP list requests at the emulator',
          skipped.length ? `${skipped.join(', ')} campaigns fit in one page, so compared with the next size` : '',
        ]
          .filter(Boolean)
          .join('; '),
      ),
    );
  }
  for (const pageSize of [benchConfig.smallPageSize, largest]) {
    // load-independent cross-check: extra CPU per extra page between consecutive sizes
    const bySize = results.filter((r) => r.pageSize === pageSize && r.runs.length > 0 && !r.error).sort((x, y) => x.campaigns - y.campaigns);
    const marginal: string[] = [];
    const perPage: number[] = [];
    for (let i = 1; i < bySize.length; i++) {
      const [a, b] = [bySize[i - 1], bySize[i]];
      const extraPages = medianOf(b, (r) => r.spPages) - medianOf(a, (r) => r.spPages);
      const cost = (medianOf(b, (r) => r.cpuMs) - medianOf(a, (r) => r.cpuMs)) / extraPages;
      perPage.push(cost);
      marginal.push(`${ms(cost)}/page from ${a.campaigns} to ${b.campaigns}`);
    }
    rows.push(
      row(
        `3${ids[next++]}`,
        `CPU per extra page, page ${pageSize} (cross-check of linearity that does not depend on machine load)`,
        perPage.length >= 2 ? measured(perPage[perPage.length - 1] / perPage[0]) : notMeasured('needs three measured sizes'),
        { kind: 'none', reason: 'reference' },
        (ratio) => `${ratio.toFixed(2)} (${marginal.join('; ')})`,
        'ratio of the last to the first; about 1 when linear',
      ),
    );
  }
  for (const pageSize of [benchConfig.smallPageSize, largest]) {
    const biggest = results.find((r) => r.pageSize === pageSize && r.campaigns === Math.max(...benchConfig.scaleSizes));
    rows.push(
      row(
        `3${ids[next++]}`,
        `Peak RSS of the runner process, ${Math.max(...benchConfig.scaleSizes)} campaigns, page ${pageSize}`,
        biggest && biggest.runs.length && !biggest.error
          ? measured(Math.max(...biggest.runs.map((r) => r.peakRssBytes)))
          : notMeasured(biggest?.error ?? 'not run'),
        { kind: 'atMost', limit: targets.peakRssBytes, unit: 'bytes', label: megabytes(targets.peakRssBytes) },
        megabytes,
      ),
    );
  }
  sections.push({
    title: 'Row 3: listing at scale, every run',
    body: [
      `Our \`collection\` command (all three folders) against a fresh emulator per size with that many SP campaigns in`,
      `the chosen profile; page size set ${mechanism}. Largest page size: ${largest}.`,
      'Per-page time is the time from the first to the last SP list request at the emulator divided by (pages - 1): one full',
      'page cycle (script, request, server, response); start-up, the other requests and shutdown are excluded.',
      '',
      markdownTable(
        ['campaigns', 'page size', 'wall', 'CPU', 'SP pages', 'requests', 'per page', 'peak RSS', 'note'],
        results.flatMap((r) =>
          r.runs.length
            ? r.runs.map((one) => [
                String(r.campaigns),
                String(r.pageSize),
                ms(one.wallMs),
                ms(one.cpuMs),
                String(one.spPages),
                String(one.requests),
                ms(one.perPageMs),
                megabytes(one.peakRssBytes),
                r.error ?? '',
              ])
            : [[String(r.campaigns), String(r.pageSize), '-', '-', '-', '-', '-', '-', r.error ?? '']],
        ),
      ),
    ].join('\n'),
  });
}

// ---- 4: build ------------------------------------------------------------------------------------

async function buildRows(): Promise<void> {
  log('build: in-process builds and `npm run build` in a scratch copy');
  const result = await measureBuild(root, benchConfig.buildRunsInProcess, benchConfig.buildRunsCommand).catch(
    (error: unknown) => ({ error: errorText(error) }),
  );
  if ('error' in result) {
    for (const [id, what] of [
      ['4a', 'Build the full catalog in-process'],
      ['4b', '`npm run build` wall time'],
      ['4c', 'Build output size'],
    ] as const) {
      rows.push(row(id, what, notMeasured(result.error), id === '4c' ? { kind: 'none', reason: 'reference' } : { kind: 'atMost', limit: targets.buildMs, unit: 'ms' }, ms));
    }
    return;
  }
  rows.push(
    row(
      '4a',
      `Build the full catalog in-process: catalog -> collection + 3 environments (median of ${result.inProcessMs.length}, module load excluded)`,
      measured(median(result.inProcessMs)),
      { kind: 'atMost', limit: targets.buildMs, unit: 'ms' },
      ms,
      `${result.requests} requests; ${result.what}`,
    ),
    row(
      '4b',
      `\`npm run build\` wall time (median of ${result.commandMs.length}, in a scratch copy of the project)`,
      result.commandError ? notMeasured(result.commandError) : measured(median(result.commandMs)),
      { kind: 'atMost', limit: targets.buildMs, unit: 'ms' },
      ms,
      [
        'includes npm\'s and Node\'s start-up; src/ already compiled by the launcher',
        result.npmMs.length ? `\`npm --version\` alone: ${ms(median(result.npmMs))} (median of ${result.npmMs.length})` : '',
      ]
        .filter(Boolean)
        .join('; '),
    ),
    row('4c', 'Build output size: collection + 3 environments', measured(result.outputBytes), { kind: 'none', reason: 'reference' }, kilobytes, result.files.join(', ')),
  );
}

// ---- results ---------------------------------------------------------------------------------------

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    let dirty = false;
    try {
      execFileSync('git', ['diff', '--quiet', 'HEAD', '--', 'src', 'scripts', 'collections', 'environments', 'package.json'], { cwd: root });
    } catch {
      dirty = true;
    }
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'unknown';
  }
}

function writeResults(text: string): string {
  const dir = path.join(root, 'bench');
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, 'results.md');
  const temporary = path.join(dir, `.results.md.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, target);
  return target;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0];
  log(`node ${process.version}, ${cpus().length} cores, load ${loadAtStart.toFixed(1)}; peak RSS via ${gnuTimeAvailable ? 'GNU time' : '/proc VmHWM polling'}`);
  const startup = await startupReferences();
  await buildRows();

  let emulator: Emulator | undefined;
  let comparison: Comparison;
  try {
    emulator = await startBenchEmulator({});
    for (const value of Object.values(emulator.credentials)) secrets.add(String(value));
    comparison = await compareWithNewman(emulator);
  } catch (error) {
    comparison = { ours: [], newman: [], error: errorText(error) };
  } finally {
    await emulator?.stop();
  }
  comparisonRows(comparison, startup);

  const largest = largestSpPageSize(root);
  const scale = await listingAtScale(largest.value);
  scaleRows(scale, largest.value, pageSizeMechanism);
  sections.push({ title: 'Largest SP page size', body: largest.source });

  rows.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const machine = {
    node: process.version,
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: gitCommit(),
    benchSeconds: (performance.now() - benchStart) / 1000,
    load: `${loadAtStart.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`,
  };
  const file = writeResults(safe(resultsMarkdown(machine, rows, sections)));
  process.stdout.write(`${safe(resultsTable(rows))}\n\n${summaryLine(rows)}\n`);
  log(`wrote ${path.relative(root, file)} in ${machine.benchSeconds.toFixed(0)} s`);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench failed: ${errorText(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => clock.stop());
