/**
 * downloadReport against the emulator: a COMPLETED report's URL becomes <region>.<profileId>.spCampaigns.
 * <start>_<end>.json and .csv with the same rows; the download carries no Amazon header; an expired
 * URL, a file that is not gzip and a truncated one each give their cause and leave no file.
 */
import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { downloadReport } from '../../src/report/download-report.js';
import { ReportDownloadError } from '../../src/report/report-download-error.js';
import { reportRange } from '../../src/report/report-range.js';
import { emulator, get, post, spSetup } from '../emulator/helpers.js';
import { readCsv } from './csv-reader.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'download-report-'));
  dirs.push(dir);
  return dir;
}

const columns = ['date', 'campaignName', 'campaignId', 'campaignStatus', 'impressions', 'clicks', 'cost', 'purchases7d', 'sales7d'];
const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** A COMPLETED report on a fresh emulator: its URL, profile and dates. */
async function completedReport(options: EmulatorOptions = {}) {
  const e = await emulator({ region: 'eu', reportDelay: 0, ...options });
  const { headers, profile } = await spSetup(e);
  const reportHeaders = { ...headers, 'Content-Type': 'application/vnd.createasyncreportrequest.v3+json', Accept: '*/*' };
  const body = {
    startDate: day(7),
    endDate: day(1),
    configuration: { adProduct: 'SPONSORED_PRODUCTS', groupBy: ['campaign'], columns, reportTypeId: 'spCampaigns', timeUnit: 'DAILY', format: 'GZIP_JSON' },
  };
  const created = await post(e, '/reporting/reports', reportHeaders, body);
  const status = await get(e, `/reporting/reports/${created.json.reportId}`, reportHeaders);
  expect(status.json.status).toBe('COMPLETED');
  return { e, url: status.json.url as string, profileId: profile.profileId, ...reportRange({ start: day(7), end: day(1) }) };
}

describe('downloadReport', () => {
  it('writes the JSON and CSV files of the report, sending no Amazon header', async () => {
    const { e, url, profileId, startDate, endDate } = await completedReport();
    const dir = tempDir();
    const result = await downloadReport({ url, dir, region: 'eu', profileId, startDate, endDate, columns });
    expect(result).toEqual({
      rows: 35,
      jsonFile: path.join(dir, `eu.${profileId}.spCampaigns.${startDate}_${endDate}.json`),
      csvFile: path.join(dir, `eu.${profileId}.spCampaigns.${startDate}_${endDate}.csv`),
    });
    const json = JSON.parse(fs.readFileSync(result.jsonFile, 'utf8')) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(35);
    const [header, ...records] = readCsv(fs.readFileSync(result.csvFile, 'utf8').replace(/^\uFEFF/, ''));
    expect(header).toEqual(columns);
    expect(records).toEqual(json.map((row) => columns.map((column) => String(row[column] ?? ''))));

    expect(e.downloads).toHaveLength(1);
    expect(e.downloads[0].status).toBe(200);
    const sent = Object.keys(e.downloads[0].headers);
    for (const name of ['authorization', 'amazon-advertising-api-clientid', 'amazon-advertising-api-scope']) expect(sent).not.toContain(name);
  });

  it.each([
    ['report_download_failed', { reportUrlTtlSeconds: 0 }, /expired or was refused \(HTTP 403/],
    ['report_not_gzip', { reportNotGzip: true }, /not gzip/],
    ['report_truncated', { reportTruncated: true }, /ends early/],
  ] as const)('fails with %s and leaves no file', async (cause, options, detail) => {
    const { url, profileId, startDate, endDate } = await completedReport(options);
    const dir = tempDir();
    const failure = await downloadReport({ url, dir, region: 'eu', profileId, startDate, endDate }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ReportDownloadError);
    expect((failure as ReportDownloadError).causeId).toBe(cause);
    expect((failure as Error).message).toMatch(detail);
    expect((failure as Error).message).not.toMatch(/Signature=/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses parts that would steer the file name outside the folder', async () => {
    await expect(downloadReport({ url: 'http://127.0.0.1:9/x', dir: tempDir(), region: 'eu', profileId: '../1', ...reportRange({ start: day(2), end: day(1) }) })).rejects.toThrow(
      /profileId "..\/1" is not a numeric profile id/,
    );
  });

  it('names an unreachable host', async () => {
    const failure = await downloadReport({ url: 'http://127.0.0.1:9/r.json.gz?Signature=abc', dir: tempDir(), region: 'eu', profileId: 1, ...reportRange({ start: day(2), end: day(1) }) }).catch(
      (error: unknown) => error,
    );
    expect((failure as ReportDownloadError).causeId).toBe('host_unreachable');
    expect((failure as Error).message).toBe('host_unreachable: http://127.0.0.1:9/r.json.gz (ECONNREFUSED)');
  });

  it('ends a body trickled without pause when the run has no time left (--timeout), leaving no file', async () => {
    // a real gzip report, one byte every 50 ms: never idle long enough for the 60 s idle timeout, never done either
    const gzip = zlib.gzipSync(JSON.stringify(Array.from({ length: 1000 }, (_, index) => ({ campaignId: index }))));
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      let sent = 0;
      const timer = setInterval(() => response.write(gzip.subarray(sent, ++sent)), 50);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const dir = tempDir();
    try {
      const failure = await downloadReport({
        url: `http://127.0.0.1:${port}/r.json.gz?Signature=abc`,
        dir,
        region: 'eu',
        profileId: 1,
        ...reportRange({ start: day(2), end: day(1) }),
        totalTimeoutMs: 600,
      }).catch((error: unknown) => error);
      expect((failure as ReportDownloadError).causeId).toBe('run_timeout');
      expect((failure as Error).message).toBe(`run_timeout: the report download from http://127.0.0.1:${port}/r.json.gz did not end within the 600 ms left of --timeout`);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
