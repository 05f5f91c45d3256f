/**
 * A flag the command does not know (`--foo-bar 1`), said as such with the closest flag it does know.
 * yargs reports unknown flags without their dashes and with their camel-case twin
 * (`Unknown arguments: foo-bar, fooBar`); the words that were written as flags on the command line are
 * told apart here from stray words (`eu` after npm took `--region` for itself: npm-dash-hint.ts).
 */
import { closeMatches, editDistance } from '../core/close-matches.js';
import { authOptionTable, emulatorOptionTable, runOptionTable } from './options.js';
import type { OptionTable } from './option-spec.js';

const tables: Record<string, OptionTable> = { collection: runOptionTable, auth: authOptionTable, emulator: emulatorOptionTable };

const camelCase = (text: string) => text.replace(/-([a-zA-Z0-9])/g, (_match, letter: string) => letter.toUpperCase());

/** The flags written in `args` (without dashes, before any `=value`) that yargs listed among `unknownWords`. */
export function unknownFlagsIn(args: readonly string[], unknownWords: readonly string[]): string[] {
  const written = args.filter((arg) => /^--?[^-\d]/.test(arg)).map((arg) => arg.replace(/^-+/, '').split('=')[0]);
  return [...new Set(written.filter((name) => unknownWords.includes(name) || unknownWords.includes(camelCase(name))))];
}

/** The known flag nearest to `asked`: among its close matches (close-matches.ts), else among all, the least edit distance. */
export function closestFlag(asked: string, known: readonly string[]): string | undefined {
  const close = closeMatches(asked, known, known.length);
  let best: { flag: string; distance: number } | undefined;
  for (const flag of close.length > 0 ? close : known) {
    const distance = editDistance(asked, flag);
    if (best === undefined || distance < best.distance) best = { flag, distance };
  }
  return best?.flag;
}

/** The one-line usage error for unknown flags of `command`, or undefined when none of the unknown words was written as a flag. */
export function unknownFlagMessage(command: string | undefined, args: readonly string[], unknownWords: readonly string[]): string | undefined {
  const flags = unknownFlagsIn(args, unknownWords);
  if (flags.length === 0) return undefined;
  const shown = flags.map((flag) => `${flag.length === 1 ? '-' : '--'}${flag}`).join(', ');
  const table = command === undefined ? undefined : tables[command];
  const known = table ? Object.values(table).map((spec) => spec.flag) : [];
  const closest = closestFlag(flags[0], known);
  const hint = closest === undefined ? 'see --help' : `the closest known flag is --${closest} (see --help)`;
  return `unknown flag${flags.length > 1 ? 's' : ''} ${shown}${command ? ` for ${command}` : ''}: ${hint}`;
}
