/**
 * Performance report files: download a COMPLETED report's pre-signed URL (no Amazon headers), gunzip
 * and parse it as a stream, and write JSON + CSV atomically. See download-report.ts.
 */
export { downloadReport, type ReportDownloadOptions, type ReportDownloadResult } from './download-report.js';
export { convertReport, type ConvertTargets } from './convert-report.js';
export { ReportDownloadError, type ReportFailureCause } from './report-download-error.js';
export { reportFiles } from './report-files.js';
export { reportRange, maxReportDays, type ReportRangeInput } from './report-range.js';
