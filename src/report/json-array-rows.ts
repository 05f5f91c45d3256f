/**
 * A streaming parser for one JSON array of objects (a report file): bytes in, one parsed object per
 * element out. Only the element being read is held in memory, so a file of a million rows is parsed
 * in constant memory. The text is validated as it goes (an array, objects separated by commas); an
 * array that never closes is a JsonTruncated error, anything else malformed a JsonMalformed error.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export class JsonTruncated extends Error {}
export class JsonMalformed extends Error {}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const COMMA = 44;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xfeff;
}

export class JsonArrayRows extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private started = false;
  private finished = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Expecting a comma (an element just ended) before the next element. */
  private needComma = false;
  /** Text of the element being read, from earlier chunks. */
  private pending = '';
  private inElement = false;
  /** Elements parsed so far. */
  rows = 0;

  constructor() {
    super({ readableObjectMode: true, readableHighWaterMark: 8 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.scan(this.decoder.write(chunk));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.scan(this.decoder.end());
      if (!this.finished) throw new JsonTruncated(this.started ? `the JSON array ends after ${this.rows} rows without its closing ]` : 'the file is empty');
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private scan(text: string): void {
    let start = this.inElement ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) this.inString = false;
        continue;
      }
      if (this.depth > 0) {
        if (code === QUOTE) this.inString = true;
        else if (code === OPEN_OBJECT || code === OPEN_ARRAY) this.depth++;
        else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
          this.depth--;
          if (this.depth === 0) {
            this.parseElement(this.pending + text.slice(start, i + 1));
            this.pending = '';
            this.inElement = false;
            start = -1;
          }
        }
        continue;
      }
      if (isSpace(code)) continue;
      if (this.finished) throw new JsonMalformed(`unexpected text after the closing ] of the JSON array`);
      if (!this.started) {
        if (code !== OPEN_ARRAY) throw new JsonMalformed('the file is not a JSON array');
        this.started = true;
        continue;
      }
      if (code === CLOSE_ARRAY) {
        this.finished = true;
        continue;
      }
      if (code === COMMA && this.needComma) {
        this.needComma = false;
        continue;
      }
      if (code === OPEN_OBJECT && !this.needComma) {
        this.depth = 1;
        this.inElement = true;
        start = i;
        continue;
      }
      throw new JsonMalformed(`unexpected ${JSON.stringify(text[i])} after ${this.rows} rows: a report is a JSON array of objects`);
    }
    if (this.inElement) this.pending += text.slice(start);
  }

  private parseElement(element: string): void {
    let row: unknown;
    try {
      row = JSON.parse(element);
    } catch {
      throw new JsonMalformed(`row ${this.rows + 1} is not valid JSON`);
    }
    this.rows++;
    this.needComma = true;
    this.push(row);
  }
}
