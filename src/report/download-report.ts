/**
 * Downloads a COMPLETED report from its pre-signed URL and writes it as JSON + CSV (see
 * convert-report.ts). The request is a plain GET with no Amazon header at all (no Authorization,
 * client id or scope: the URL is signed for another host, and a token sent there would leak); a
 * redirect is followed (at most 3, http/https only) with the same bare request. Messages name the
 * URL's origin and path only, never its signed query.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { ReportTypeId } from '../config/options.js';
import { UsageError } from '../errors.js';
import { convertReport } from './convert-report.js';
import { ReportDownloadError, type ReportFailureCause } from './report-download-error.js';
import { reportFiles, type ReportFileParts } from './report-files.js';

export interface ReportDownloadOptions extends Omit<ReportFileParts, 'reportType'> {
  /** report_url from the collection's report flow. */
  url: string;
  /** Default spCampaigns. */
  reportType?: ReportTypeId;
  /** CSV column order; default the first row's keys. */
  columns?: readonly string[];
  /** Gives up when no byte arrives for this long (default 60 000 ms). */
  idleTimeoutMs?: number;
  /**
   * Gives up when the whole download (a body trickled without pause included) has not ended after this
   * long: the run's time left under --timeout. Unbounded when absent.
   */
  totalTimeoutMs?: number;
}

export interface ReportDownloadResult {
  rows: number;
  jsonFile: string;
  csvFile: string;
}

const maxRedirects = 3;
const networkCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Origin and path of a URL, without the signed query. */
function shown(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError('report_url is not a URL: run the report flow (Reporting / Sponsored ads V3) until it is COMPLETED');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`report_url must be an http(s) URL, got ${url.protocol}`);
  return url;
}

/** The 200 response of a bare GET, following redirects. */
function fetchReport(url: URL, idleTimeoutMs: number, redirects = 0): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    // Only what any HTTP client sends; no Amazon header, no cookie, no compression negotiation.
    const request = client.get(url, { headers: { Accept: '*/*', 'User-Agent': 'amazon-ads-collection' } }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (redirects >= maxRedirects) {
          reject(new ReportDownloadError('report_download_failed', `more than ${maxRedirects} redirects from ${shown(url)}`));
          return;
        }
        let next: URL;
        try {
          next = new URL(response.headers.location, url);
        } catch {
          reject(new ReportDownloadError('report_download_failed', `${shown(url)} redirected to an invalid location`));
          return;
        }
        if (next.protocol !== 'https:' && next.protocol !== 'http:') {
          reject(new ReportDownloadError('report_download_failed', `${shown(url)} redirected to a ${next.protocol} URL`));
          return;
        }
        fetchReport(next, idleTimeoutMs, redirects + 1).then(resolve, reject);
        return;
      }
      if (status !== 200) {
        response.resume();
        const why = status === 403 ? 'the download URL expired or was refused' : 'the download failed';
        reject(new ReportDownloadError('report_download_failed', `${why} (HTTP ${status} from ${shown(url)})`));
        return;
      }
      response.setTimeout(idleTimeoutMs, () => response.destroy(new ReportDownloadError('timeout', `no data from ${shown(url)} for ${idleTimeoutMs} ms`)));
      resolve(response);
    });
    request.setTimeout(idleTimeoutMs, () => request.destroy(new ReportDownloadError('timeout', `${shown(url)} did not answer within ${idleTimeoutMs} ms`)));
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof ReportDownloadError) reject(error);
      else if (networkCodes.has(error.code ?? '')) reject(new ReportDownloadError('host_unreachable', `${shown(url)} (${error.code})`));
      else reject(new ReportDownloadError('report_download_failed', `${shown(url)}: ${error.code ?? error.message}`));
    });
  });
}

/** What the worker downloads: the URL and the two files, checked once by downloadReport. */
export interface CheckedDownload {
  href: string;
  jsonFile: string;
  csvFile: string;
  columns?: string[];
  idleTimeoutMs: number;
  totalTimeoutMs?: number;
}

/** The download itself, in the calling thread (the worker runs this); its input was checked by downloadReport. */
export async function downloadInThisThread(checked: CheckedDownload): Promise<ReportDownloadResult> {
  const { jsonFile, csvFile } = checked;
  const url = new URL(checked.href);
  const limit = checked.totalTimeoutMs;
  let timer: NodeJS.Timeout | undefined;
  let body: Readable | undefined;
  let late: ReportDownloadError | undefined;
  if (limit !== undefined) {
    timer = setTimeout(() => {
      late = new ReportDownloadError('run_timeout', `the report download from ${shown(url)} did not end within the ${limit} ms left of --timeout`);
      body?.destroy(late);
    }, limit);
  }
  try {
    body = await fetchReport(url, checked.idleTimeoutMs);
    if (late) throw late;
    return { rows: await convertReport(body, { jsonFile, csvFile, columns: checked.columns }), jsonFile, csvFile };
  } catch (error) {
    throw late ?? error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Young generation of the download worker, in MB. V8 grows the young generation of a thread that
 * allocates steadily up to ~48 MB; a million rows would then cost ~40 MB more than ten thousand.
 */
const workerYoungGenerationMb = 4;

type WorkerAnswer = { ok: true; result: ReportDownloadResult } | { ok: false; name: string; causeId?: ReportFailureCause; message: string };

/**
 * Downloads `options.url` and writes `<dir>/<region>.<profileId>.<reportType>.<start>_<end>.json`
 * and `.csv` (0600, atomically), in a worker thread with a small young generation so memory stays
 * flat whatever the row count. The URL and the file names are checked here, once (the dates by
 * reportRange, the folder, which must exist, by prepareReportDir before the run). Throws
 * ReportDownloadError (exit 1, message `<cause>: ...`) or UsageError for bad options; on any failure
 * no report file is left.
 */
export async function downloadReport(options: ReportDownloadOptions): Promise<ReportDownloadResult> {
  const checked: CheckedDownload = {
    ...reportFiles({ ...options, reportType: options.reportType ?? 'spCampaigns' }),
    href: parseUrl(options.url).href,
    columns: options.columns ? [...options.columns] : undefined,
    idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
    totalTimeoutMs: options.totalTimeoutMs,
  };
  // Source (.ts, under tsx or vitest) or compiled (.js, the launcher): the worker file beside this one.
  // From source (tsx, vitest) the worker registers tsx itself before loading the TypeScript file.
  const fromSource = import.meta.url.endsWith('.ts');
  const workerFile = new URL(`./download-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const settings = {
    workerData: checked,
    resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb },
  };
  const worker = fromSource
    ? // resolved here: an eval worker resolves bare names from the working folder, which may be anywhere
      new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerFile.href)}); });`, { ...settings, eval: true })
    : new Worker(workerFile, settings);
  const answer = await new Promise<WorkerAnswer>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error) => resolve({ ok: false, name: 'Error', message: error.message }));
    worker.once('exit', (code) => resolve({ ok: false, name: 'Error', message: `the download worker stopped (exit code ${code})` }));
  });
  await worker.terminate();
  if (answer.ok) return answer.result;
  if (answer.causeId) throw new ReportDownloadError(answer.causeId, answer.message.replace(/^[a-z_]+: /, ''));
  if (answer.name === 'UsageError') throw new UsageError(answer.message);
  throw new ReportDownloadError('report_download_failed', answer.message);
}
