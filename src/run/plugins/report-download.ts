/**
 * Plug-in, `after` step of `--folder reports`: once the Newman run passed, the collection's report
 * flow left the COMPLETED report's pre-signed URL in `report_url`; this downloads it with src/report
 * (a bare GET, no Amazon header) into `<report-dir>/<region>.<profileId>.<reportType>.<start>_<end>.json`
 * + `.csv`, within the time left of --timeout. A failed download is a failure entry with its cause
 * (exit 1); src/report leaves no partial file. src/report is loaded only then: a run without the
 * reports folder never loads it.
 */
import type { VariableScope } from 'postman-collection';
import type { ReportDownloadResult } from '../../report/index.js';
import { classifyFailure } from '../causes.js';
import type { RunState } from '../run-state.js';
import type { RunFailureEntry } from '../summary/summary.js';
import type { RunPlugin } from './plugin.js';
import { timeLeftMs } from './run-deadline.js';

type DownloadedReport = ReportDownloadResult;

const item = 'Report download';

function textIn(scope: VariableScope | undefined, key: string): string {
  const value: unknown = scope?.get(key);
  return value === undefined || value === null ? '' : String(value);
}

/** Downloads the run's report; `failure` when it could not (never throws). */
async function downloadRunReport(
  state: RunState,
  environment: VariableScope | undefined,
  /** The run's time left under --timeout: the download, body included, must end within it. */
  totalTimeoutMs?: number,
): Promise<{ downloaded?: DownloadedReport; failure?: RunFailureEntry }> {
  const { options, redactor } = state;
  const url = textIn(environment, 'report_url');
  if (url === '') {
    const message = 'report_failed: the report flow ended without report_url - run --folder reports again';
    return { failure: { ...classifyFailure({ message, kind: 'script' }), item } };
  }
  // a pre-signed URL works for whoever holds it: masked like a secret in everything printed or written
  redactor.add(url);
  const { downloadReport, ReportDownloadError } = await import('../../report/index.js');
  try {
    const downloaded = await downloadReport({
      url,
      dir: options.reportDir,
      region: options.region,
      profileId: textIn(environment, 'profileId'),
      startDate: options.reportDates!.startDate,
      endDate: options.reportDates!.endDate,
      reportType: options.reportType,
      totalTimeoutMs,
    });
    return { downloaded };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const message = redactor.redact(error instanceof ReportDownloadError ? text : `report_download_failed: ${text}`);
    return { failure: { ...classifyFailure({ message, kind: 'script' }), item } };
  }
}

export const reportDownloadPlugin: RunPlugin = {
  name: 'report download',
  prepare: (options) =>
    options.folders.includes('reports')
      ? {
          after: async ({ state, outcome, environment }) => {
            const flowPassed = !outcome.error && (outcome.summary?.run.failures.length ?? 1) === 0;
            if (!flowPassed || state.stopped) return undefined;
            const { downloaded, failure } = await downloadRunReport(state, environment, timeLeftMs(state));
            return { downloadedReport: downloaded, failures: failure ? [failure] : [] };
          },
        }
      : undefined,
};
