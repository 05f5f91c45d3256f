import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { convertReport } from '../../src/report/convert-report.js';
import { ReportDownloadError } from '../../src/report/report-download-error.js';
import { readCsv } from './csv-reader.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function targets() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-report-'));
  dirs.push(dir);
  return { dir, jsonFile: path.join(dir, 'r.json'), csvFile: path.join(dir, 'r.csv') };
}

/** The bytes as a stream of small chunks, like a network response. */
function streamOf(bytes: Buffer, size = 16): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

const rows = [
  { date: '2026-11-01', campaignName: 'Café "Ñandú", été', campaignId: 1, cost: 1.5, note: null },
  { date: '2026-11-02', campaignName: 'two\nlines, and "quotes"', campaignId: 2, cost: 0, note: 'x' },
  { date: '2026-11-03', campaignName: 'Zürich – 東京 🎯', campaignId: 3, cost: 12.25, note: '' },
];

describe('convertReport', () => {
  it('writes the rows as a JSON array and as a CSV with BOM that reads back to the same rows', async () => {
    const t = targets();
    const count = await convertReport(streamOf(gzipSync(JSON.stringify(rows))), t);
    expect(count).toBe(3);
    expect(JSON.parse(fs.readFileSync(t.jsonFile, 'utf8'))).toEqual(rows);
    const csvBytes = fs.readFileSync(t.csvFile);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = readCsv(csvBytes.toString('utf8').slice(1));
    expect(header).toEqual(['date', 'campaignName', 'campaignId', 'cost', 'note']);
    const back = records.map((record) => Object.fromEntries(header.map((key, i) => [key, record[i]])));
    const asText = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)])));
    expect(back).toEqual(asText);
    for (const file of [t.jsonFile, t.csvFile]) expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(t.dir).sort()).toEqual(['r.csv', 'r.json']);
  });

  it('follows the given column order and writes an empty report as a header and []', async () => {
    const t = targets();
    expect(await convertReport(streamOf(gzipSync('[]')), { ...t, columns: ['b', 'a'] })).toBe(0);
    expect(JSON.parse(fs.readFileSync(t.jsonFile, 'utf8'))).toEqual([]);
    expect(fs.readFileSync(t.csvFile, 'utf8')).toBe('\uFEFFb,a\r\n');
  });

  it.each([
    ['report_not_gzip', Buffer.from(JSON.stringify(rows))],
    ['report_truncated', gzipSync(JSON.stringify(rows)).subarray(0, 40)],
    ['report_truncated', gzipSync(JSON.stringify(rows).slice(0, -1))],
    ['report_truncated', Buffer.alloc(0)],
    ['malformed_response', gzipSync('{"not": "an array"}')],
  ])('fails with %s and leaves no file', async (cause, bytes) => {
    const t = targets();
    const failure = await convertReport(streamOf(bytes), t).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ReportDownloadError);
    expect((failure as ReportDownloadError).causeId).toBe(cause);
    expect((failure as Error).message).toMatch(new RegExp(`^${cause}: `));
    expect(fs.readdirSync(t.dir)).toEqual([]);
  });

  it('keeps an existing report file when a new download fails', async () => {
    const t = targets();
    fs.writeFileSync(t.jsonFile, 'old');
    await expect(convertReport(streamOf(Buffer.from('nope')), t)).rejects.toThrow(/report_not_gzip/);
    expect(fs.readFileSync(t.jsonFile, 'utf8')).toBe('old');
    expect(fs.readdirSync(t.dir)).toEqual(['r.json']);
  });

  it('fails with report_download_failed when a target is a folder, leaving the other file and no temp file', async () => {
    const t = targets();
    fs.mkdirSync(t.csvFile);
    const failure = await convertReport(streamOf(gzipSync(JSON.stringify(rows))), t).catch((error: unknown) => error);
    expect((failure as ReportDownloadError).causeId).toBe('report_download_failed');
    expect((failure as Error).message).toMatch(/EISDIR/);
    expect(fs.readdirSync(t.dir)).toEqual(['r.csv']);
  });

  it('writes the files through a symlinked target, keeping the link', async () => {
    const t = targets();
    fs.writeFileSync(path.join(t.dir, 'kept.json'), 'old');
    fs.symlinkSync('kept.json', t.jsonFile);
    await convertReport(streamOf(gzipSync(JSON.stringify(rows))), t);
    expect(fs.lstatSync(t.jsonFile).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(t.dir, 'kept.json'), 'utf8'))).toEqual(rows);
    expect(fs.readdirSync(t.dir).sort()).toEqual(['kept.json', 'r.csv', 'r.json']);
  });
});
