/**
 * The run's Postman environment: the region's generated environment file with the credentials, the
 * profile choice and the host overrides injected as values; and the copies written by
 * --export-environment and --export-globals: Postman's own export shape (the one `npm run validate`
 * checks), each variable keeping the type it started with (secret stays secret), masked unless
 * --export-secrets.
 */
import { secretVariableNames } from '../../catalog/variables.js';

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

/**
 * The exported environment (or globals) without --export-secrets: secret-type values (and every variable
 * named in maskedVariableNames) emptied and typed secret, as Postman shares an environment and as
 * `npm run validate` wants one (its no-secrets rule: a secret-typed variable holds no value).
 */
export function maskEnvironment(environment: EnvironmentJson): EnvironmentJson {
  return {
    ...environment,
    values: environment.values.map((entry) =>
      entry.type === 'secret' || maskedVariableNames.includes(entry.key) ? { ...entry, type: 'secret', value: '' } : entry,
    ),
  };
}

/** A variable as Newman's VariableScope.toJSON() gives it at the end of a run (its type is lost: `any`). */
interface FinalVariable {
  key?: string;
  value?: unknown;
  disabled?: boolean;
}

const variableTypes = ['default', 'secret', 'any'];

/**
 * The export of a scope at the end of the run (`final`: VariableScope.toJSON()): every variable with
 * the type it had at the start (`start`, the values the run began with), `secret` for the names that
 * are always secret; `enabled` as Postman writes it; values that are not text, a number or a boolean as JSON.
 */
export function exportedScopeOf(
  final: { id?: string; name?: string; values?: FinalVariable[] },
  start: readonly EnvironmentValue[],
  scope: 'environment' | 'globals',
): EnvironmentJson {
  const startType = new Map(start.map((entry) => [entry.key, entry.type]));
  const values = (final.values ?? [])
    .filter((entry): entry is FinalVariable & { key: string } => typeof entry.key === 'string' && entry.key !== '')
    .map((entry) => {
      const given = startType.get(entry.key);
      const type = maskedVariableNames.includes(entry.key) ? 'secret' : given !== undefined && variableTypes.includes(given) ? given : 'default';
      const value = ['string', 'number', 'boolean'].includes(typeof entry.value) ? entry.value : entry.value === undefined || entry.value === null ? '' : JSON.stringify(entry.value);
      return { key: entry.key, value, type, enabled: entry.disabled !== true };
    });
  return {
    ...(final.id ? { id: final.id } : {}),
    name: final.name || (scope === 'globals' ? 'Globals' : 'Environment'),
    values,
    _postman_variable_scope: scope,
  };
}
