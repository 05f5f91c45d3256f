/** The yargs options of a table: what --help shows and what yargs parses, derived from options.ts. */
import type { Options } from 'yargs';
import type { OptionTable } from './option-spec.js';

export function yargsOptionsOf(table: OptionTable): Record<string, Options> {
  const options: Record<string, Options> = {};
  for (const spec of Object.values(table)) {
    options[spec.flag] = {
      // numbers stay text for yargs, so a bad value is reported as typed (`"abc"`, not NaN)
      type: spec.type === 'boolean' ? 'boolean' : 'string',
      ...(spec.type === 'list' ? { array: true } : {}),
      ...(spec.alias ? { alias: spec.alias } : {}),
      describe: spec.describe,
      ...(spec.defaultDescription ? { defaultDescription: spec.defaultDescription } : {}),
    };
  }
  return options;
}
