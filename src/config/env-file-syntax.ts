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

/** Index just past the closing `quote` in `text`, or -1 (a backslash escapes a double quote). */
function closingQuote(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

/** The first problem: its 1-based line number and what is wrong; undefined when every line is fine. */
export function envFileSyntaxProblem(text: string): { line: number; problem: string } | undefined {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let open: { quote: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (open) {
      if (closingQuote(line, open.quote) !== -1) open = undefined;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = SETTING.exec(line);
    if (!match) return { line: index + 1, problem: 'is not KEY=VALUE (nor blank or a # comment)' };
    const value = match[1];
    if (QUOTES.includes(value[0]) && closingQuote(value.slice(1), value[0]) === -1) open = { quote: value[0], line: index + 1 };
  }
  if (open) return { line: open.line, problem: `opens a ${open.quote} quote that is never closed` };
  return undefined;
}

/** Throws a one-line UsageError naming the env file's first unreadable line. */
export function checkEnvFileSyntax(text: string, file: string): void {
  const found = envFileSyntaxProblem(text);
  if (found) {
    throw new UsageError(`env file "${file}" line ${found.line} ${found.problem}: fix that line or comment it out with #`);
  }
}
