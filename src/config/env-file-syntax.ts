/**
 * dotenv's parser is lenient: a line it cannot read (a pasted token without `KEY=`, a stray word) is
 * skipped in silence, and the run then fails later with a misleading "missing credentials". The
 * runner checks the env file first and names the first such line by number, never by its content
 * (it may be a secret).
 *
 * A line is fine when it is blank, a `#` comment, or `[export ]KEY=VALUE` (dotenv also reads
 * `KEY: VALUE`); a quoted value may span lines until its closing quote.
 */
import { UsageError } from '../errors.js';

const SETTING = /^\s*(?:export\s+)?[\w.-]+\s*(?:=|:(?=\s|$))\s*(.*)$/;
const QUOTES = ['"', "'", '`'];

/**
 * Where dotenv ends a quoted value that opens at `open`: it reads `\<quote>` as part of the value and
 * stops at the first other quote, and when what follows that quote on its line is more than blanks or
 * a # comment, it backs off to an earlier `\<quote>` and ends there instead (so `"q'\"` is `q'\`).
 * Returns the offset of the closing quote, or undefined when no quote closes the value.
 */
function closingQuoteOffset(text: string, open: number, quote: string): number | undefined {
  const escaped: number[] = [];
  let unpaired: number | undefined;
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === quote) escaped.push(++i);
    else if (text[i] === quote) {
      unpaired = i;
      break;
    }
  }
  const endsTheLine = (at: number) => {
    const lineEnd = text.indexOf('\n', at);
    return /^\s*(?:#.*)?$/.test(text.slice(at + 1, lineEnd === -1 ? text.length : lineEnd));
  };
  const candidates = unpaired === undefined ? escaped.reverse() : [unpaired, ...escaped.reverse()];
  return candidates.find(endsTheLine);
}

/** The first problem: its 1-based line number and what is wrong; undefined when every line is fine. */
export function envFileSyntaxProblem(text: string): { line: number; problem: string } | undefined {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  let lineStart = 0;
  for (let index = 0; index < lines.length; lineStart += lines[index].length + 1, index++) {
    const line = lines[index];
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = SETTING.exec(line);
    if (!match) return { line: index + 1, problem: 'is not KEY=VALUE (nor blank or a # comment)' };
    const value = match[1];
    if (!QUOTES.includes(value[0])) continue;
    const close = closingQuoteOffset(normalized, lineStart + line.length - value.length, value[0]);
    if (close === undefined) {
      if (value.slice(1).includes(value[0])) continue; // dotenv reads the line as it stands
      return { line: index + 1, problem: `opens a ${value[0]} quote that is never closed` };
    }
    // the lines the value spans are part of it
    while (index + 1 < lines.length && lineStart + lines[index].length < close) {
      lineStart += lines[index].length + 1;
      index++;
    }
  }
  return undefined;
}

/** Throws a one-line UsageError naming the env file's first unreadable line. */
export function checkEnvFileSyntax(text: string, file: string): void {
  const found = envFileSyntaxProblem(text);
  if (found) {
    throw new UsageError(`env file "${file}" line ${found.line} ${found.problem}: fix that line or comment it out with #`);
  }
}
