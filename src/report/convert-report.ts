/**
 * Turns a gzipped JSON report stream into two files: the rows as a JSON array and as CSV (header row,
 * RFC 4180, UTF-8 with BOM). Everything streams (gunzip -> JSON array parser -> both writers, with
 * backpressure), so memory does not grow with the row count. Both files are streamed through the
 * project's one writer (src/files, mode 0600) and put in place only when the whole report was read:
 * a failure leaves no file, partial or old-named. Failures are ReportDownloadError with their cause id.
 */
import type fs from 'node:fs';
import { Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { openAtomicFile, type AtomicFile } from '../files/write-file-atomic.js';
import { csvLine, utf8Bom } from './csv-line.js';
import { JsonArrayRows, JsonMalformed, JsonTruncated } from './json-array-rows.js';
import { ReportDownloadError } from './report-download-error.js';

export interface ConvertTargets {
  jsonFile: string;
  csvFile: string;
  /** CSV columns in order; default: the keys of the first row. */
  columns?: readonly string[];
}

/** Passes the bytes through once the first two are the gzip magic number; else report_not_gzip. */
class GzipMagicCheck extends Transform {
  private head = Buffer.alloc(0);
  private checked = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.checked) return callback(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < 2) return callback();
    this.checked = true;
    if (this.head[0] !== 0x1f || this.head[1] !== 0x8b) {
      return callback(new ReportDownloadError('report_not_gzip', 'the downloaded report is not gzip (it does not start with the gzip magic bytes)'));
    }
    callback(null, this.head);
  }

  override _flush(callback: TransformCallback): void {
    if (!this.checked) return callback(new ReportDownloadError(this.head.length ? 'report_not_gzip' : 'report_truncated', 'the downloaded report is empty'));
    callback();
  }
}

/** Text gathered before it goes to the files: few, large writes keep the garbage collector calm. */
const batchChars = 32 * 1024;

/**
 * Writes each row to the JSON and CSV temp files, in batches converted to Buffers at once (so no
 * string waits in a write queue), waiting whenever either file stream is full.
 */
class RowWriter extends Writable {
  rows = 0;
  private columns: readonly string[] | undefined;
  private jsonBatch = '';
  private csvBatch = '';

  constructor(
    private readonly json: fs.WriteStream,
    private readonly csv: fs.WriteStream,
    columns: readonly string[] | undefined,
  ) {
    super({ objectMode: true, highWaterMark: 8 });
    this.columns = columns;
  }

  override _write(row: Record<string, unknown>, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      callback(new ReportDownloadError('malformed_response', `report row ${this.rows + 1} is not a JSON object`));
      return;
    }
    if (!this.columns) this.columns = Object.keys(row);
    if (this.rows === 0) this.csvBatch += utf8Bom + csvLine(this.columns);
    this.csvBatch += csvLine(this.columns.map((column) => row[column]));
    this.jsonBatch += (this.rows === 0 ? '[\n' : ',\n') + JSON.stringify(row);
    this.rows++;
    if (this.jsonBatch.length + this.csvBatch.length < batchChars) return callback();
    this.flush(callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (this.rows === 0) {
      this.jsonBatch += '[';
      this.csvBatch += utf8Bom + (this.columns ? csvLine(this.columns) : '');
    }
    this.jsonBatch += '\n]\n';
    this.flush(callback);
  }

  /** Writes both batches; calls back once both streams can take more. */
  private flush(callback: (error?: Error | null) => void): void {
    const jsonOk = this.json.write(Buffer.from(this.jsonBatch, 'utf8'));
    const csvOk = this.csv.write(Buffer.from(this.csvBatch, 'utf8'));
    this.jsonBatch = '';
    this.csvBatch = '';
    if (jsonOk && csvOk) return callback();
    let waiting = (jsonOk ? 0 : 1) + (csvOk ? 0 : 1);
    const done = () => {
      if (--waiting === 0) callback();
    };
    if (!jsonOk) this.json.once('drain', done);
    if (!csvOk) this.csv.once('drain', done);
  }
}

/** What went wrong while reading the stream, as a ReportDownloadError. */
function asDownloadError(error: unknown): ReportDownloadError {
  if (error instanceof ReportDownloadError) return error;
  if (error instanceof JsonTruncated) return new ReportDownloadError('report_truncated', error.message);
  if (error instanceof JsonMalformed) return new ReportDownloadError('malformed_response', `the report is not the documented JSON array: ${error.message}`);
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(message)) return new ReportDownloadError('report_truncated', 'the gzip stream ends early (unexpected end of file)');
  if (code.startsWith('Z_')) return new ReportDownloadError('report_not_gzip', `the report is not valid gzip (${message})`);
  if (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || /aborted/i.test(message)) {
    return new ReportDownloadError('report_truncated', 'the connection closed before the whole report arrived');
  }
  return new ReportDownloadError('report_download_failed', `the report could not be written (${code || message})`);
}

/** Opens the target, or a report_download_failed error naming why it cannot be written. */
function openTarget(file: string): AtomicFile {
  try {
    return openAtomicFile(file);
  } catch (error) {
    throw asDownloadError(error);
  }
}

/** Streams `source` (gzip JSON array) into the two files; resolves with the row count. */
export async function convertReport(source: Readable, targets: ConvertTargets): Promise<number> {
  const json = openTarget(targets.jsonFile);
  let csv: AtomicFile;
  try {
    csv = openTarget(targets.csvFile);
  } catch (error) {
    await json.abort();
    throw error;
  }
  // A write error (disk full, ...) fails the pipeline through the writer; later ones, after a
  // failure destroyed the streams, are expected and ignored.
  let writeError: Error | undefined;
  let failed = false;
  const onWriteError = (error: Error) => {
    if (failed) return;
    writeError = error;
    writer.destroy(error);
  };
  json.stream.on('error', onWriteError);
  csv.stream.on('error', onWriteError);
  const writer = new RowWriter(json.stream, csv.stream, targets.columns);
  try {
    await pipeline(source, new GzipMagicCheck(), createGunzip(), new JsonArrayRows(), writer);
    await json.commit();
    await csv.commit();
    return writer.rows;
  } catch (error) {
    failed = true;
    await Promise.all([json.abort(), csv.abort()]);
    throw asDownloadError(writeError ?? error);
  }
}
