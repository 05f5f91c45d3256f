/**
 * A report download or conversion that failed: exit 1, a message starting with its cause id (see
 * src/core/causes/table.ts), so the runner's summary words it like every other failure.
 */
import { RunFailure } from '../errors.js';

export type ReportFailureCause = 'report_download_failed' | 'report_not_gzip' | 'report_truncated' | 'malformed_response' | 'host_unreachable' | 'timeout' | 'run_timeout';

export class ReportDownloadError extends RunFailure {
  constructor(
    readonly causeId: ReportFailureCause,
    detail: string,
  ) {
    super(`${causeId}: ${detail}`);
    this.name = 'ReportDownloadError';
  }
}
