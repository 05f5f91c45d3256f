/**
 * Step 5 of `npm run auth`: the credentials written into the env file (.env). Existing keys are
 * updated where they stand, every other line (comments, unrelated variables) is kept, new keys are
 * appended. The file is replaced by the project's one atomic writer (src/files), mode 0600.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { envFileTextOf } from '../config/env-file.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../files/write-file-atomic.js';
import { resolvedPathOf } from '../files/write-target.js';
import { newFileRefusedIn } from '../files/check-writable.js';

/**
 * A value written so dotenv reads it back unchanged: bare when it is plain, else quoted with a quote it
 * does not contain (single, double, back), never double quotes around `\n` / `\r`, which dotenv turns
 * into line breaks there.
 */
export function formatEnvValue(value: string): string {
  if (/[\r\n]/.test(value)) throw new UsageError('a value for the env file contains a line break; remove it and try again');
  if (/^[A-Za-z0-9_./:@|+=,-]*$/.test(value)) return value;
  for (const quote of ["'", '"', '`']) {
    if (value.includes(quote) || (quote === '"' && /\\[nr]/.test(value))) continue;
    return `${quote}${value}${quote}`;
  }
  throw new UsageError('a value for the env file contains single, double and back quotes (or a \\n or \\r besides quotes) at once; it cannot be written safely');
}

const keyLine = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*=)/;

/**
 * The env file's new text: each key in `values` replaces its existing line(s) in place (keeping an
 * `export ` prefix), missing keys are appended at the end, all other lines stay as they were.
 */
export function updateEnvText(text: string, values: Record<string, string>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text === '' ? [] : text.split(/\r?\n/);
  const hadFinalNewline = lines.length > 0 && lines[lines.length - 1] === '';
  if (hadFinalNewline) lines.pop();
  const written = new Set<string>();
  const updated: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const match = keyLine.exec(line);
    if (!match || !Object.prototype.hasOwnProperty.call(values, match[2])) {
      updated.push(line);
      continue;
    }
    written.add(match[2]);
    updated.push(`${match[1]}${match[2]}=${formatEnvValue(values[match[2]])}`);
    // An old quoted value spanning several lines goes with the line it started on.
    const rest = line.slice(match[0].length).trimStart();
    const quote = rest[0];
    if ((quote === '"' || quote === "'" || quote === '`') && !rest.slice(1).includes(quote)) {
      const closing = lines.findIndex((later, j) => j > i && later.includes(quote));
      if (closing !== -1) i = closing; // never drop lines when the old value has no closing quote
    }
  }
  for (const [key, value] of Object.entries(values)) {
    if (!written.has(key)) updated.push(`${key}=${formatEnvValue(value)}`);
  }
  return updated.join(eol) + eol;
}

/** Reads the env file; a missing file reads as empty. */
export async function readEnvText(file: string): Promise<string> {
  try {
    return envFileTextOf(await fs.readFile(file), file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return '';
    if (code === 'EISDIR') throw new UsageError(`--env-file ${file} is a directory; name a file such as .env`);
    throw new UsageError(`cannot read the env file ${file} (${code}); check its permissions or choose another --env-file`);
  }
}

/** Where the env file is written: a symlink's target (the link stays), after checking its folder exists. */
async function envFileTarget(file: string): Promise<string> {
  const target = resolvedPathOf(file);
  const dir = path.dirname(target);
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UsageError(`the folder of --env-file ${file} does not exist; create it or choose another path`);
  }
  return target;
}

/**
 * Checks, before the consent and the one-time code are spent, that writeEnvFile will be able to write:
 * the folder exists and takes a new file (probed by src/files/check-writable.ts).
 */
export async function checkEnvFileWritable(file: string): Promise<void> {
  const folder = path.dirname(await envFileTarget(file));
  const refused = newFileRefusedIn(folder);
  if (refused) {
    throw new UsageError(`cannot write the env file ${file}: its folder ${folder} does not take new files (${refused}); make the folder writable or choose another --env-file`);
  }
}

/**
 * Writes the values into the env file atomically with mode 0600 and returns how many were written.
 * A symlinked env file is followed (the link stays, its target is replaced).
 */
export async function writeEnvFile(file: string, values: Record<string, string>): Promise<number> {
  const target = await envFileTarget(file);
  const text = updateEnvText(await readEnvText(target), values);
  // a value ending in a backslash can make dotenv end its quote further down the file: never write that
  const readBack = parseDotenv(text);
  const misread = Object.keys(values).filter((key) => readBack[key] !== values[key]);
  if (misread.length > 0) {
    throw new UsageError(`${misread.join(', ')} would not read back from ${file} as written (a value ending in a backslash before quotes further down); edit ${file} by hand`);
  }
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot write the env file ${file} (${code}); check the folder's permissions or choose another --env-file`);
  }
  return Object.keys(values).length;
}
