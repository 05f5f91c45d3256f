/**
 * The variables a command reads: the env file (read with dotenv's `parse`, never `config()`, so
 * nothing is injected into process.env and nothing is logged) with the process environment merged
 * over it. A default env file may be absent; one named explicitly must exist. Lines dotenv would
 * skip in silence are reported (env-file-syntax.ts).
 */
import fs from 'node:fs';
import { parse } from 'dotenv';
import { UsageError } from '../errors.js';
import { checkEnvFileSyntax } from './env-file-syntax.js';
import type { Variables } from './resolve-options.js';

/**
 * The env file's bytes as text. A UTF-16 file (Windows editors' "Unicode") would read as one garbled
 * line, so its byte order mark is named instead.
 */
export function envFileTextOf(bytes: Buffer, envFile: string): string {
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'FF FE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'FE FF' : undefined;
  if (bom) throw new UsageError(`env file "${envFile}" is UTF-16 (it starts with the bytes ${bom}): save it as UTF-8`);
  return bytes.toString('utf8');
}

/** The env file's text; undefined when a default (not explicitly named) file is absent. */
function readEnvFileText(envFile: string, explicit: boolean): string | undefined {
  try {
    return envFileTextOf(fs.readFileSync(envFile), envFile);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return undefined;
    if (code === 'ENOENT') throw new UsageError(`env file "${envFile}" does not exist: create it from .env.example, or fix --env-file`);
    if (code === 'EISDIR') throw new UsageError(`env file "${envFile}" is a directory: point --env-file at a file such as .env`);
    throw new UsageError(`env file "${envFile}" cannot be read (${code ?? 'unknown error'}): check its permissions`);
  }
}

/** The process environment merged over the env file (the process environment wins, even when empty). */
export function readVariables(envFile: string, explicit: boolean, processEnv: Variables = process.env): Variables {
  const text = readEnvFileText(envFile, explicit);
  if (text === undefined) return { ...processEnv };
  checkEnvFileSyntax(text, envFile);
  return mergeVariables(parse(text), processEnv);
}

/** The process environment over the file's values: a variable set in the process wins even when empty (`VAR= npm run ...` blanks a file value). */
export function mergeVariables(fileValues: Variables, processEnv: Variables): Variables {
  const merged: Record<string, string | undefined> = { ...fileValues };
  for (const [name, value] of Object.entries(processEnv)) {
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}
