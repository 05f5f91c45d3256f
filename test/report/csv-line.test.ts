import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/report/csv-line.js';
import { readCsv } from './csv-reader.js';

describe('csvLine', () => {
  it('quotes only what RFC 4180 needs quoted and ends with CRLF', () => {
    expect(csvLine(['plain', 12.5, null, undefined, true])).toBe('plain,12.5,,,true\r\n');
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', ' padded'])).toBe('"a,b","say ""hi""","two\nlines","cr\rhere"," padded"\r\n');
    expect(csvLine([{ a: 1 }, [1, 2]])).toBe('"{""a"":1}","[1,2]"\r\n');
  });

  it('reads back as the same fields', () => {
    const values = ['Café "Ñandú", été', 'line one\r\nline two', '', '=1+2', 'ü'];
    expect(readCsv(csvLine(values) + csvLine(['x']))).toEqual([values, ['x']]);
  });
});
