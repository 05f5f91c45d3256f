/**
 * The variables of the --globals file as the run starts with them: their types keep a secret global
 * secret in --export-globals (plugins/export-globals.ts) and name its value to the redactor
 * (run-environment.ts). None when no file is given or it cannot be read (Newman then names the problem).
 */
import fs from 'node:fs';
import type { EnvironmentValue } from './environment.js';

export function startGlobalsOf(file: string | undefined): EnvironmentValue[] {
  if (file === undefined) return [];
  try {
    const values: unknown = (JSON.parse(fs.readFileSync(file, 'utf8')) as { values?: unknown }).values;
    return Array.isArray(values) ? (values as EnvironmentValue[]) : [];
  } catch {
    return [];
  }
}
