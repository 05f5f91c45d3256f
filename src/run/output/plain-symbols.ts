/**
 * `--disable-unicode`, as with `newman run`: the Unicode symbols of the printed output (the request
 * arrow, the pass / fail marks, the progress separators, the ellipsis of a cut body) replaced by plain
 * text, on the way out (one sink for every printed line).
 */
const plainText: ReadonlyArray<[string, string]> = [
  ['✓', 'Pass'],
  ['✗', 'Fail'],
  ['→', '->'],
  ['·', '-'],
  ['…', '...'],
  ['—', '-'],
];

export function plainSymbols(text: string): string {
  let plain = text;
  for (const [symbol, replacement] of plainText) plain = plain.split(symbol).join(replacement);
  return plain;
}
