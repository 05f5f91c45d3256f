import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { JsonArrayRows, JsonMalformed, JsonTruncated } from '../../src/report/json-array-rows.js';

/** Feeds `text` in chunks of `size` bytes (splitting multi-byte characters too) and collects the rows. */
async function parse(text: string, size = 7): Promise<unknown[]> {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const rows: unknown[] = [];
  const parser = Readable.from(chunks).pipe(new JsonArrayRows());
  for await (const row of parser) rows.push(row);
  return rows;
}

const tricky = [
  { name: 'Café "Ñandú", été', note: 'braces } { ] [ inside a string', esc: 'back\\slash \\" quote', emoji: '🎯' },
  { nested: { list: [1, { deep: [] }] }, n: -1.5e3, t: true, z: null },
  {},
];

describe('JsonArrayRows', () => {
  it.each([1, 2, 3, 7, 64, 100_000])('parses an array of objects fed in %i-byte chunks', async (size) => {
    expect(await parse(JSON.stringify(tricky, null, 2), size)).toEqual(tricky);
  });

  it('reads an empty array and surrounding whitespace or a BOM', async () => {
    expect(await parse('\uFEFF [ ] \n')).toEqual([]);
  });

  it('reports an array that never closes as truncated', async () => {
    const text = JSON.stringify(tricky);
    await expect(parse(text.slice(0, text.length - 1))).rejects.toBeInstanceOf(JsonTruncated);
    await expect(parse(text.slice(0, 30))).rejects.toBeInstanceOf(JsonTruncated);
    await expect(parse('')).rejects.toBeInstanceOf(JsonTruncated);
  });

  it.each([
    ['an object instead of an array', '{"a": 1}'],
    ['scalars in the array', '[1, 2]'],
    ['a missing comma', '[{"a":1} {"b":2}]'],
    ['text after the array', '[{"a":1}] x'],
    ['a bad row', '[{"a": nope}]'],
  ])('reports %s as malformed', async (_, text) => {
    await expect(parse(text)).rejects.toBeInstanceOf(JsonMalformed);
  });
});
