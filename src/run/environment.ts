/**
 * The run's Postman environment: the region's generated environment file with the credentials, the
 * profile choice and the host overrides injected as values; and the masked copy written by
 * --export-environment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { secretVariableNames } from '../catalog/variables.js';
import type { RegionId } from '../catalog/regions.js';
import { MASK } from './redact.js';

export interface EnvironmentValue {
  key: string;
  value: unknown;
  type?: string;
  enabled?: boolean;
  [extra: string]: unknown;
}

export interface EnvironmentJson {
  id?: string;
  name?: string;
  values: EnvironmentValue[];
  [extra: string]: unknown;
}

export function environmentPathOf(environmentDir: string, region: RegionId): string {
  return path.join(environmentDir, `amazon-ads-api.${region}.postman_environment.json`);
}

export function readEnvironment(file: string): EnvironmentJson {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`environment file ${file} is missing: run \`npm run build\` to generate it`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`environment file ${file} is not JSON: regenerate it with \`npm run build\``);
  }
  if (!json || typeof json !== 'object' || !Array.isArray((json as EnvironmentJson).values)) {
    throw new UsageError(`environment file ${file} is not a Postman environment (no "values" list): regenerate it with \`npm run build\``);
  }
  return json as EnvironmentJson;
}

/** A copy of `environment` with each of `values` set (added when absent). Undefined values leave the entry as is. */
export function withValues(environment: EnvironmentJson, values: Record<string, string | undefined>): EnvironmentJson {
  const entries = environment.values.map((entry) => ({ ...entry }));
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const entry = entries.find((candidate) => candidate.key === key);
    if (entry) {
      entry.value = value;
      entry.enabled = true;
    } else {
      entries.push({ key, value, type: secretVariableNames.includes(key as never) ? 'secret' : 'default', enabled: true });
    }
  }
  return { ...environment, values: entries };
}

/** Names whose values an exported environment masks unless --export-secrets. */
export const maskedVariableNames: readonly string[] = [...new Set([...secretVariableNames, 'client_secret', 'refresh_token', 'access_token'])];

/** The exported environment: secret-type values (and every variable named in maskedVariableNames) masked. */
export function maskEnvironment(environment: EnvironmentJson): EnvironmentJson {
  return {
    ...environment,
    values: environment.values.map((entry) =>
      (entry.type === 'secret' || maskedVariableNames.includes(entry.key)) && entry.value !== '' && entry.value !== undefined
        ? { ...entry, value: MASK }
        : entry,
    ),
  };
}
