/**
 * One CSV record as RFC 4180 writes it: fields separated by commas, a field quoted when it holds a
 * comma, a double quote, CR or LF (or starts/ends with a space), quotes inside doubled, CRLF at the end.
 * null and undefined are empty fields; objects and arrays are written as JSON text.
 */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

/** UTF-8 byte order mark: spreadsheet programs (Excel) then read accents right. */
export const utf8Bom = '\uFEFF';
