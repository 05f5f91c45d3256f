/**
 * The JUnit and JSON report files. Newman's reporters queue their content in `emitter.exports` and
 * Newman would write it as is; the runner takes the queue over, so every report is redacted and
 * written atomically with mode 0600 under --report-dir, at a stable name per region.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { RegionId } from '../catalog/regions.js';
import type { ReporterId, RunOptions } from './options.js';
import type { Redactor } from './redact.js';
import { writeFileAtomic } from '../files/write-file-atomic.js';

export interface ExportEntry {
  name: string;
  content: unknown;
}

/** Newman's export names per reporter. */
const exportNames: Record<string, Exclude<ReporterId, 'cli'>> = {
  'junit-reporter': 'junit',
  'json-reporter': 'json',
};

const fileNames: Record<Exclude<ReporterId, 'cli'>, (region: RegionId) => string> = {
  junit: (region) => `amazon-ads-api.${region}.junit.xml`,
  json: (region) => `amazon-ads-api.${region}.newman.json`,
};

export function reportFileOf(reportDir: string, reporter: Exclude<ReporterId, 'cli'>, region: RegionId): string {
  return path.resolve(reportDir, fileNames[reporter](region));
}

/** Creates the report folder (before any request), or a UsageError when it cannot be written. */
export function prepareReportDir(reportDir: string): void {
  try {
    fs.mkdirSync(reportDir, { recursive: true });
    fs.accessSync(reportDir, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`report folder ${reportDir} cannot be written (${code}): choose another with --report-dir`);
  }
}

/**
 * From the run's start on, whatever a reporter pushes into Newman's export queue lands in `into`
 * instead; the queue Newman writes at the end stays empty.
 */
export function takeExports(emitter: { exports?: ExportEntry[] }, into: ExportEntry[]): void {
  const queue = emitter.exports;
  if (!queue) return;
  into.push(...queue.splice(0));
  queue.push = (...entries: ExportEntry[]) => into.push(...entries);
}

/** Writes each queued report, redacted; returns the files written. */
export function writeReports(entries: ExportEntry[], options: Pick<RunOptions, 'reportDir' | 'region'>, redactor: Redactor): string[] {
  const written: string[] = [];
  for (const entry of entries) {
    const reporter = exportNames[entry.name];
    if (!reporter) continue;
    const content = typeof entry.content === 'string' ? entry.content : JSON.stringify(entry.content, null, 2);
    const file = reportFileOf(options.reportDir, reporter, options.region);
    writeFileAtomic(file, redactor.redact(content));
    written.push(file);
  }
  return written;
}
