/**
 * Row 6: the report download (issue 15, "Scale"): time and peak RSS of downloading, gunzipping
 * and converting a report of N rows to JSON + CSV, each N in a child process of its own (so one
 * run's memory does not colour the next). The emulator (in this process) serves the report with
 * --report-rows N. Streaming means the peak RSS at 1 000 000 rows stays within 1.3 x that at 10 000.
 *
 * `reportDownloadRows()` gives the bench rows (scripts/bench.ts); alone, from the project root:
 * `npx tsx scripts/bench/rows/report-download.ts [N ...]` prints the measurements.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, demoCredentials } from '../../../src/emulator/index.js';
import { describeFailure, runChild } from '../child.js';
import { errorText, log, type BenchRows } from '../context.js';
import { measured, megabytes, ms, notMeasured, row, type Row } from '../report.js';

export interface ReportDownloadRow {
  rows: number;
  wallMs: number;
  peakRssMb: number;
  /** peak RSS / peak RSS of the smallest report measured. */
  rssRatio: number;
}

const childScript = fileURLToPath(new URL('../report-download-child.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** A COMPLETED report of `rows` rows on a fresh emulator: its URL and the file name parts. */
async function completedReportUrl(emulatorUrl: string, rowsHint: number) {
  const token = await fetch(`${emulatorUrl}/auth/o2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: demoCredentials.refresh_token, client_id: demoCredentials.client_id, client_secret: demoCredentials.client_secret }).toString(),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const auth = { 'Amazon-Advertising-API-ClientId': demoCredentials.client_id, Authorization: `Bearer ${access_token}` };
  const [profile] = (await (await fetch(`${emulatorUrl}/v2/profiles`, { headers: auth })).json()) as Array<{ profileId: number }>;
  const headers = { ...auth, 'Amazon-Advertising-API-Scope': String(profile.profileId), 'Content-Type': 'application/vnd.createasyncreportrequest.v3+json' };
  const body = {
    name: `bench ${rowsHint}`,
    startDate: day(7),
    endDate: day(1),
    configuration: {
      adProduct: 'SPONSORED_PRODUCTS',
      groupBy: ['campaign'],
      columns: ['date', 'campaignName', 'campaignId', 'campaignStatus', 'impressions', 'clicks', 'cost', 'purchases7d', 'sales7d'],
      reportTypeId: 'spCampaigns',
      timeUnit: 'DAILY',
      format: 'GZIP_JSON',
    },
  };
  const created = (await (await fetch(`${emulatorUrl}/reporting/reports`, { method: 'POST', headers, body: JSON.stringify(body) })).json()) as { reportId: string };
  const status = (await (await fetch(`${emulatorUrl}/reporting/reports/${created.reportId}`, { headers })).json()) as { status: string; url: string };
  if (status.status !== 'COMPLETED') throw new Error(`bench report is ${status.status}, expected COMPLETED`);
  return { url: status.url, profileId: String(profile.profileId), startDate: day(7), endDate: day(1) };
}

/** Measures one report size in a child process. */
export async function measureReportDownload(rows: number, timeoutMs = 600_000): Promise<Omit<ReportDownloadRow, 'rssRatio'>> {
  const emulator = await startEmulator({ region: 'eu', reportDelay: 0, reportRows: rows });
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  try {
    const report = await completedReportUrl(emulator.url, rows);
    const run = await runChild(process.execPath, ['--import', 'tsx', childScript, report.url, dir, report.profileId, report.startDate, report.endDate], {
      cwd: projectRoot,
      env: { ...process.env },
      timeoutMs,
      measureRss: true,
    });
    if (run.exitCode !== 0) throw new Error(`report download of ${rows} rows ${describeFailure(run)}`);
    const written = (JSON.parse(run.stdoutTail.trim().split('\n').pop() ?? '{}') as { rows?: number }).rows;
    if (written !== rows) throw new Error(`report download wrote ${String(written)} rows, expected ${rows}`);
    return { rows, wallMs: Math.round(run.wallMs), peakRssMb: Math.round((run.peakRssBytes / 1024 / 1024) * 10) / 10 };
  } finally {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One bench row per size, smallest first; rssRatio is against the smallest. */
export async function benchReportDownload(sizes: readonly number[] = [10_000, 100_000, 1_000_000]): Promise<ReportDownloadRow[]> {
  const measured = [];
  for (const rows of [...sizes].sort((a, b) => a - b)) measured.push(await measureReportDownload(rows));
  const base = measured[0]?.peakRssMb ?? Number.NaN;
  return measured.map((row) => ({ ...row, rssRatio: Math.round((row.peakRssMb / base) * 100) / 100 }));
}

/** Peak RSS at the largest size may be at most this many times that at the smallest (issue 15). */
const rssRatioLimit = 1.3;
const sizes = [10_000, 100_000, 1_000_000] as const;
const spaced = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

/** Row 6: time and peak RSS per size (6a-6c), and the RSS ratio largest / smallest (6d). */
export async function reportDownloadRows(): Promise<BenchRows> {
  log(`report download: ${sizes.join(', ')} rows, each in a child process`);
  let measuredRows: ReportDownloadRow[] = [];
  let error: string | undefined;
  try {
    measuredRows = await benchReportDownload(sizes);
  } catch (caught) {
    error = errorText(caught);
  }
  const rows: Row[] = sizes.map((size, index) => {
    const one = measuredRows.find((entry) => entry.rows === size);
    return row(
      `7${'abc'[index]}`,
      `Report download ${spaced(size)} rows: download, gunzip, JSON + CSV (wall time of the child)`,
      one ? measured(one.wallMs) : notMeasured(error ?? 'not run'),
      { kind: 'none', reason: 'judged in the RSS row' },
      (wall) => `${ms(wall)}; peak RSS ${megabytes(one!.peakRssMb * 1024 * 1024)}`,
    );
  });
  const smallest = measuredRows.find((entry) => entry.rows === sizes[0]);
  const largest = measuredRows.find((entry) => entry.rows === sizes[sizes.length - 1]);
  rows.push(
    row(
      '7d',
      `Report download peak RSS: ${spaced(sizes[sizes.length - 1])} rows / ${spaced(sizes[0])} rows (streaming)`,
      smallest && largest ? measured(largest.peakRssMb / smallest.peakRssMb) : notMeasured(error ?? 'not run'),
      { kind: 'ratioAtMost', limit: rssRatioLimit },
      (ratio) => `${ratio.toFixed(2)} (${largest?.peakRssMb} MB vs ${smallest?.peakRssMb} MB)`,
    ),
  );
  return { rows, sections: [] };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const rows = await benchReportDownload(sizes.length ? sizes : undefined);
  for (const row of rows) console.log(`report download ${row.rows} rows: ${(row.wallMs / 1000).toFixed(1)} s, peak RSS ${row.peakRssMb} MB (x${row.rssRatio})`);
}
