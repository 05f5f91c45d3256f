/**
 * Newman's reporter options, `--reporter-<name>-<option> [value]` (e.g. --reporter-htmlextra-export
 * out.html): not in the options table, since any installed reporter brings its own. The command
 * declares the ones present on its command line (so strict parsing accepts them) and hands them to
 * the run grouped by reporter, the way `newman run` passes them: { htmlextra: { export: 'out.html' } }.
 */
const REPORTER_FLAG = /^--(reporter-[a-z0-9._]+-[A-Za-z0-9-]+)(?:=.*)?$/;

/** The reporter flags (without dashes) present in `args`. */
export function reporterFlagsIn(args: readonly string[]): string[] {
  return [...new Set(args.map((arg) => REPORTER_FLAG.exec(arg)?.[1]).filter((flag): flag is string => flag !== undefined))];
}

function camelCase(text: string): string {
  return text.replace(/-([a-zA-Z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

export type ReporterOptions = Record<string, Record<string, unknown>>;

/** Groups parsed flags (yargs' argv, kebab keys) by reporter: reporter-htmlextra-export -> htmlextra.export. */
export function reporterOptionsOf(argv: Record<string, unknown>, flags: readonly string[]): ReporterOptions {
  const grouped: ReporterOptions = {};
  for (const flag of flags) {
    const [, name, ...option] = flag.split('-');
    const value = argv[flag];
    if (value === undefined) continue;
    (grouped[name] ??= {})[camelCase(option.join('-'))] = Array.isArray(value) ? value[value.length - 1] : value;
  }
  return grouped;
}
