/**
 * Row 8: memory of a long run with the JSON report (issue 17, item 9): our `collection` command with
 * `--reporters cli,json` over about 1500 requests (1490 SP campaign pages of 10, on a fresh emulator),
 * its peak RSS and the size of the JSON report per execution. Before the report was bounded per
 * execution (src/run/plugins/compact-run-summary.ts), 1503 requests made a 55 MB report and 556 MB RSS.
 *
 * `jsonReportMemoryRows()` gives the bench rows (scripts/bench.ts); alone, from the project root:
 * `npx tsx scripts/bench/rows/json-report-memory.ts` prints them.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchConfig, targets } from '../config.js';
import { ourCollectionCommand } from '../commands.js';
import { errorText, failed, log, measuredRun, root, spListKey, type BenchRows } from '../context.js';
import { startBenchEmulator } from '../emulator.js';
import { measured, megabytes, notMeasured, row } from '../report.js';

const CAMPAIGNS = 14_900;
const PAGE_SIZE = 10;
/** The JSON report may take at most this much per execution. */
const BYTES_PER_EXECUTION = 4096;

interface JsonReportRun {
  requests: number;
  peakRssBytes: number;
  reportBytes: number;
  executions: number;
}

async function measureJsonReportRun(): Promise<JsonReportRun> {
  const emulator = await startBenchEmulator({ campaigns: CAMPAIGNS, sbCampaigns: 0, sdCampaigns: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'bench-json-report-'));
  try {
    const args = ['--page-size', String(PAGE_SIZE), '--reporters', 'cli,json', '--report-dir', dir];
    const one = await measuredRun(emulator, ourCollectionCommand(root, emulator, args), benchConfig.scaleChildTimeoutMs * 2);
    const problem = failed(one);
    if (problem) throw new Error(`our collection command failed: ${problem}`);
    const expectedPages = Math.ceil(CAMPAIGNS / PAGE_SIZE);
    const spPages = one.delta.routes[spListKey] ?? 0;
    if (spPages !== expectedPages) throw new Error(`${spPages} SP list requests where ${expectedPages} were expected`);
    const file = join(dir, 'amazon-ads-api.na.newman.json');
    const report = JSON.parse(readFileSync(file, 'utf8')) as { run: { executions: unknown[] } };
    return { requests: one.delta.requests, peakRssBytes: one.child.peakRssBytes, reportBytes: statSync(file).size, executions: report.run.executions.length };
  } finally {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 9a: peak RSS of the run (<= the listing rows' 300 MB); 9b: JSON report bytes per execution. */
export async function jsonReportMemoryRows(): Promise<BenchRows> {
  log(`json report: ${CAMPAIGNS} SP campaigns in pages of ${PAGE_SIZE}, --reporters cli,json`);
  let result: JsonReportRun | undefined;
  let error: string | undefined;
  try {
    result = await measureJsonReportRun();
  } catch (caught) {
    error = errorText(caught);
  }
  const rows = [
    row(
      '9a',
      `Peak RSS of a run with --reporters cli,json over about 1500 requests (${CAMPAIGNS} SP campaigns, page ${PAGE_SIZE})`,
      result ? measured(result.peakRssBytes) : notMeasured(error ?? 'not run'),
      { kind: 'atMost', limit: targets.peakRssBytes, unit: 'bytes', label: megabytes(targets.peakRssBytes) },
      (bytes) => `${megabytes(bytes)}; ${result!.requests} requests`,
    ),
    row(
      '9b',
      'JSON report of that run: bytes per execution',
      result ? measured(result.reportBytes / result.executions) : notMeasured(error ?? 'not run'),
      { kind: 'atMost', limit: BYTES_PER_EXECUTION, unit: 'bytes' },
      (bytes) => `${Math.round(bytes)} bytes (${megabytes(result!.reportBytes)} for ${result!.executions} executions)`,
    ),
  ];
  return { rows, sections: [] };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rows } = await jsonReportMemoryRows();
  for (const one of rows) console.log(`${one.id} ${one.measure}: ${one.value} (target ${one.target}: ${one.verdict})${one.notes ? `; ${one.notes}` : ''}`);
}
