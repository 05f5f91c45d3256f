/**
 * The shape of one declared option: its flag, the variable read when the flag is absent, its type,
 * its help text and how a given value is checked and converted. The yargs options (yargs-options.ts),
 * the TypeScript types of flags and settings (below) and the resolution (resolve-options.ts) are all
 * derived from these declarations (options.ts), so an option is written down once.
 */

/** A value as a flag or a variable gives it, before checking. */
export type RawValue = string | number | boolean | string[] | undefined;

/** Where a value came from, named as the user wrote it: `--timeout-request` or `AMAZON_ADS_MAX_PAGES`. */
export interface ValueSource {
  name: string;
  /** The flag, for fixes that say "use --flag ..." whatever the source. */
  flag: string;
}

export interface OptionSpec<Value, Type extends 'string' | 'boolean' | 'list' = 'string' | 'boolean' | 'list'> {
  /** The long flag without dashes, kebab-case: `timeout-request`. */
  flag: string;
  alias?: string;
  /** Environment / env-file variable used when the flag is absent. */
  variable?: string;
  /** `list`: repeatable and comma-separated. Numbers are `string` so an error can echo what was typed. */
  type: Type;
  describe: string;
  /** What --help shows as the default. */
  defaultDescription?: string;
  /** Checks and converts the value; `raw` is undefined when neither the flag nor the variable gave one. */
  parse(raw: RawValue, source: ValueSource): Value;
}

export function defineOption<Value, Type extends 'string' | 'boolean' | 'list'>(spec: OptionSpec<Value, Type>): OptionSpec<Value, Type> {
  return spec;
}

export type OptionTable = Record<string, OptionSpec<unknown>>;

type FlagValueOf<Spec> =
  Spec extends OptionSpec<unknown, 'boolean'> ? boolean : Spec extends OptionSpec<unknown, 'list'> ? string | number | string[] : string | number;

/** The flags of a table as yargs (camel-cased) or a programmatic caller hands them over; all optional. */
export type FlagsOf<Table extends OptionTable> = { [Key in keyof Table]?: FlagValueOf<Table[Key]> };

/** The settings a table resolves to: each option's checked value. */
export type SettingsOf<Table extends OptionTable> = { [Key in keyof Table]: ReturnType<Table[Key]['parse']> };
