/**
 * THE resolver: each option of a table from its flag, else its variable (the process environment,
 * then the env file: see env-file.ts), else its default, checked once by its own `parse`. Values
 * given as flags are checked before the variables are even read, so a bad flag is reported first
 * whatever the env file holds.
 */
import { UsageError } from '../errors.js';
import type { FlagsOf, OptionTable, RawValue, SettingsOf } from './option-spec.js';

export type Variables = Readonly<Record<string, string | undefined>>;

function given(raw: RawValue): boolean {
  return raw !== undefined && !(typeof raw === 'string' && raw.trim() === '');
}

/**
 * `variables` is called only once every flag has passed its check; pass `() => ({})` where variables
 * must not count (an emulator run ignores a developer's real hosts and profile).
 */
export function resolveOptions<Table extends OptionTable>(table: Table, flags: FlagsOf<Table>, variables: () => Variables): SettingsOf<Table> {
  const settings: Record<string, unknown> = {};
  const fromVariables: string[] = [];
  for (const [key, spec] of Object.entries(table)) {
    const raw = flags[key] as RawValue;
    if (Array.isArray(raw) && spec.type !== 'list') throw new UsageError(`--${spec.flag} was given ${raw.length} times: give it once`);
    if (given(raw) || spec.variable === undefined) settings[key] = spec.parse(raw, { name: `--${spec.flag}`, flag: spec.flag });
    else fromVariables.push(key);
  }
  if (fromVariables.length > 0) {
    const values = variables();
    for (const key of fromVariables) {
      const spec = table[key];
      const value = values[spec.variable!];
      settings[key] = spec.parse(given(value) ? value : undefined, { name: given(value) ? spec.variable! : `--${spec.flag}`, flag: spec.flag });
    }
  }
  return settings as SettingsOf<Table>;
}
