/**
 * Plug-in: the JUnit and JSON report files. Newman's own reporters build the content (the same files a
 * Newman user gets); they are registered here on a host of ours, so their output lands in our list,
 * not in Newman's export queue, and is written at the end of the run through the one atomic writer,
 * redacted with every secret the run learnt, mode 0600, under --report-dir at a stable name per region.
 */
import fs from 'node:fs';
import path from 'node:path';
import junitReporter from 'newman/lib/reporters/junit/index.js';
import jsonReporter from 'newman/lib/reporters/json/index.js';
import type { NewmanReporterHost } from 'newman-reporter-host';
import type { RegionId } from '../../catalog/regions.js';
import type { ReporterId } from '../../config/options.js';
import { UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../files/write-file-atomic.js';
import type { RunEvents } from '../newman-events.js';
import type { RunState } from '../run-state.js';

type FileReporterId = Exclude<ReporterId, 'cli'>;

const reporters: Record<FileReporterId, { build: (host: NewmanReporterHost, options: object) => void; file: (region: RegionId) => string }> = {
  junit: { build: junitReporter, file: (region) => `amazon-ads-api.${region}.junit.xml` },
  json: { build: jsonReporter, file: (region) => `amazon-ads-api.${region}.newman.json` },
};

function reportFileOf(reportDir: string, reporter: FileReporterId, region: RegionId): string {
  return path.resolve(reportDir, reporters[reporter].file(region));
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

export interface FileReports {
  /** Writes each report, redacted; returns the files written. Call once the run is done. */
  write(): string[];
}

export function fileReporters(events: RunEvents, state: RunState): FileReports {
  const { options, redactor } = state;
  const asked = options.reporters.filter((reporter): reporter is FileReporterId => reporter !== 'cli');
  const built: Array<{ reporter: FileReporterId; host: NewmanReporterHost }> = asked.map((reporter) => {
    const host: NewmanReporterHost = {
      exports: [],
      on(event, listener) {
        events.on(event, (error, payload) => {
          host.summary = payload.summary;
          listener(error, payload);
        });
      },
    };
    reporters[reporter].build(host, {});
    return { reporter, host };
  });
  return {
    write() {
      const written: string[] = [];
      for (const { reporter, host } of built) {
        for (const entry of host.exports) {
          const content = typeof entry.content === 'string' ? entry.content : JSON.stringify(entry.content, null, 2);
          const file = reportFileOf(options.reportDir, reporter, options.region);
          writeFileAtomic(file, redactor.redact(content));
          written.push(file);
        }
      }
      return written;
    },
  };
}
