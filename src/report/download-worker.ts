/**
 * Worker thread of downloadReport (download-report.ts): runs one download and posts back the result,
 * or the failure as {name, causeId, message} (errors do not cross threads with their class).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { downloadInThisThread, type CheckedDownload } from './download-report.js';
import type { ReportDownloadError } from './report-download-error.js';

downloadInThisThread(workerData as CheckedDownload).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: Error) => parentPort?.postMessage({ ok: false, name: error.name, causeId: (error as Partial<ReportDownloadError>).causeId, message: error.message }),
);
