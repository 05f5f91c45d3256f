/**
 * The report file route: GET /report-files/<reportId>.json.gz?Expires=..&Signature=.., standing in for
 * Amazon's pre-signed storage URL. Like that storage it needs no Amazon header (and ignores them);
 * the emulator records each download's headers so tests can show none were sent. Answers gzip JSON
 * rows streamed as they are generated; an expired or altered URL answers 403 with a storage-style XML
 * error. Faults: reportNotGzip serves the JSON uncompressed, reportTruncated cuts the gzip in half.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import type { EmulatorContext } from '../context.js';
import { sendText } from '../http.js';
import { reportJsonChunks, type ReportRowsInput } from './report-rows.js';

/** Downloads remembered for tests (the newest last); older ones are dropped past this many. */
const maxRecordedDownloads = 100;

const storageErrors = {
  AccessDenied: 'Request signature does not match',
  ExpiredToken: 'Request has expired',
  NoSuchKey: 'The specified key does not exist.',
} as const;

function record(context: EmulatorContext, request: IncomingMessage, url: URL, status: number): void {
  context.downloads.push({ path: url.pathname, headers: { ...request.headers }, status });
  if (context.downloads.length > maxRecordedDownloads) context.downloads.shift();
}

export async function handleReportDownload(context: EmulatorContext, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const checked = context.reports.checkDownload(url);
  if ('problem' in checked) {
    const status = checked.problem === 'NoSuchKey' ? 404 : 403;
    record(context, request, url, status);
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${checked.problem === 'ExpiredToken' ? 'AccessDenied' : checked.problem}</Code><Message>${storageErrors[checked.problem]}</Message></Error>`;
    sendText(response, status, xml, 'application/xml');
    return;
  }
  record(context, request, url, 200);
  const { report } = checked;
  const profile = context.account.profiles.find((p) => p.profileId === report.profileId)!;
  const input: ReportRowsInput = {
    seed: context.options.seed,
    request: report.request,
    campaigns: context.account.campaignsOf(profile).sp,
    currency: profile.currencyCode,
    rows: context.options.reportRows,
  };
  const { options } = context;
  if (options.reportNotGzip || options.reportTruncated) {
    const json = Buffer.from([...reportJsonChunks(input)].join(''));
    const gzipped = options.reportNotGzip ? json : gzipSync(json);
    const bytes = options.reportNotGzip ? json : gzipped.subarray(0, Math.floor(gzipped.length / 2));
    response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': bytes.length });
    response.end(bytes);
    return;
  }
  response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${report.reportId}.json.gz"` });
  await pipeline(Readable.from(reportJsonChunks(input)), createGzip(), response);
}
