/**
 * The run's Postman environment: the region's generated environment file with the credentials, the
 * profile choice and the host overrides injected as values; and the masked copy written by
 * --export-environment.
 */
import { secretVariableNames } from '../../catalog/variables.js';
import { MASK } from '../../core/redact.js';

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

/** The entries of `values` the environment does not already hold as they are (absent, another value, or disabled). */
export function changedValues(environment: EnvironmentJson, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter(([key, value]) => !environment.values.some((entry) => entry.key === key && entry.value === value && entry.enabled !== false)),
  );
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
