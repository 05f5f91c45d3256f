/**
 * `npm run bench`: measures what issue 7 asks, all in one run, and prints a markdown table with
 * each value, its target and pass / MISS; writes the same to bench/results.md.
 *
 *  1. our `collection` command vs `newman run` on the same collection (median of interleaved runs)
 *  2. token grants per run (emulator stats)
 *  3. SP campaign listing at 1 000 / 10 000 / 100 000 campaigns, pages of 100 and of the largest size
 *  4. building the full catalog (in-process and `npm run build`)
 *  5. start-up: `--help` and spawn -> first request, against `node -e 0`
 *  6. the Unified API smoke run (`--api unified`) vs `newman run` on the same requests
 *  7. report download (issue 15) at 10 000 / 100 000 / 1 000 000 rows: time and peak RSS
 *  8. every profile in one run (--all-profiles) at 1 and 500 profiles: time and peak RSS
 *  9. a run of about 1500 requests with --reporters json: peak RSS and report bytes per execution
 * 10. our `collection` vs plain `newman run` of Amazon's official collection (../shared), Node 24
 * 11. start-up per Node version CI tests (.ci/run), with Node's compile cache and without
 *
 * `npm run bench -- --only node-versions` measures rows 10 and 11 alone and writes them into
 * bench/results.md as their own section (the rows of the last full run stay as they were).
 *
 * This file only orchestrates: each row is a module in scripts/bench/rows/ returning its rows (and
 * notes); what they share is in scripts/bench/context.ts. The emulator runs in this process; every measured command runs as a child (wall time from
 * spawn to exit, peak RSS of the child alone). Progress goes to stderr, the table to stdout.
 * Exit code 0 when the bench ran (misses are reported, not thrown); 1 when the bench itself broke.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gnuTimeAvailable } from './bench/child.js';
import { benchStart, clock, errorText, log, root, safe, secrets, type BenchRows } from './bench/context.js';
import { startBenchEmulator, type Emulator } from './bench/emulator.js';
import { largestSpPageSize, pageSizeMechanism } from './bench/page-size.js';
import { resultsMarkdown, resultsTable, summaryLine, type Row, type Section } from './bench/report.js';
import { buildRows } from './bench/rows/build.js';
import { compareWithNewman, comparisonRows, type Comparison } from './bench/rows/compare-with-newman.js';
import { listingAtScale, scaleRows } from './bench/rows/listing-at-scale.js';
import { startupReferences } from './bench/rows/startup.js';
import { reportDownloadRows } from './bench/rows/report-download.js';
import { unifiedOverheadRows } from './bench/rows/unified-overhead.js';
import { allProfilesRows } from './bench/rows/all-profiles.js';
import { jsonReportMemoryRows } from './bench/rows/json-report-memory.js';
import { officialCollectionRows, startupPerNodeRows } from './bench/rows/official-collection.js';
import { nodeBinaries } from './bench/node-binaries.js';

const rows: Row[] = [];
const sections: Section[] = [];
const add = (added: BenchRows) => {
  rows.push(...added.rows);
  sections.push(...added.sections);
};

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

/** Rows 10 and 11: the official collection on Node 24, start-up per Node version. */
async function nodeVersionRows(): Promise<void> {
  const nodes = nodeBinaries(log);
  let emulator: Emulator | undefined;
  try {
    emulator = await startBenchEmulator({});
    for (const value of Object.values(emulator.credentials)) secrets.add(String(value));
    add(await officialCollectionRows(emulator, nodes.find((node) => node.version.startsWith('v24.'))));
  } finally {
    await emulator?.stop();
  }
  add(await startupPerNodeRows(nodes));
}

const nodeVersionsTitle = 'Rows 10, 11: Node versions (`npm run bench -- --only node-versions`)';

/** `existing` with the section `title` (up to the next `## `) replaced by `body`, or `body` appended. */
function withSection(existing: string, title: string, body: string): string {
  const heading = `## ${title}`;
  const start = existing.indexOf(`\n${heading}\n`);
  const section = `${heading}\n\n${body}\n`;
  if (start < 0) return `${existing.trimEnd()}\n\n${section}`;
  const next = existing.indexOf('\n## ', start + heading.length + 1);
  return `${existing.slice(0, start + 1)}${section}${next < 0 ? '' : existing.slice(next)}`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--only')) {
    const which = process.argv[process.argv.indexOf('--only') + 1];
    if (which !== 'node-versions') throw new Error(`--only takes node-versions (rows 10, 11), not ${which ?? 'nothing'}`);
    const load = loadavg()[0];
    log(`node ${process.version}, ${cpus().length} cores, load ${load.toFixed(1)}: rows 10, 11 only`);
    await nodeVersionRows();
    rows.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    const target = path.join(root, 'bench', 'results.md');
    const body = [
      `Measured on their own: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${gitCommit()}, bench on ${process.version}, ${cpus().length} cores, load ${load.toFixed(1)} -> ${loadavg()[0].toFixed(1)}, ${((performance.now() - benchStart) / 1000).toFixed(0)} s.`,
      '',
      summaryLine(rows),
      '',
      resultsTable(rows),
      ...sections.flatMap((section) => ['', `### ${section.title}`, '', section.body]),
    ].join('\n');
    writeResults(safe(withSection(existsSync(target) ? readFileSync(target, 'utf8') : '# Benchmark results\n', nodeVersionsTitle, body)));
    process.stdout.write(`${safe(resultsTable(rows))}\n\n${summaryLine(rows)}\n`);
    return;
  }
  const loadAtStart = loadavg()[0];
  log(`node ${process.version}, ${cpus().length} cores, load ${loadAtStart.toFixed(1)}; peak RSS via ${gnuTimeAvailable ? 'GNU time' : '/proc VmHWM polling'}`);
  const startup = await startupReferences();
  add(await buildRows());

  let emulator: Emulator | undefined;
  let comparison: Comparison;
  try {
    emulator = await startBenchEmulator({});
    for (const value of Object.values(emulator.credentials)) secrets.add(String(value));
    comparison = await compareWithNewman(emulator);
    add(await unifiedOverheadRows(emulator));
  } catch (error) {
    comparison = { ours: [], newman: [], error: errorText(error) };
  } finally {
    await emulator?.stop();
  }
  add(comparisonRows(comparison, startup));

  const largest = largestSpPageSize(root);
  const scale = await listingAtScale(largest.value);
  add(scaleRows(scale, largest.value, pageSizeMechanism));
  sections.push({ title: 'Largest SP page size', body: largest.source });
  add(await reportDownloadRows());
  add(await allProfilesRows());
  add(await jsonReportMemoryRows());
  await nodeVersionRows().catch((error: unknown) => log(`node-version rows failed: ${errorText(error)}`));

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
