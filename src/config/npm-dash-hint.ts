/**
 * `npm run collection --region eu` (no `--`): npm keeps `--region` as its own setting
 * (npm_config_region=true) and hands the script only `eu`, which the command then calls an unknown
 * argument. Under `npm run <command>`, that case gets its own words: the flags need a `--` before them.
 */
import { authOptionTable, emulatorOptionTable, runOptionTable } from './options.js';

const ourFlags = new Set([runOptionTable, authOptionTable, emulatorOptionTable].flatMap((table) => Object.values(table).map((spec) => spec.flag)));

/** The one-line usage error for stray words under `npm run <command>`, or undefined when this is not that case. */
export function npmDashHint(command: string | undefined, unknownWords: string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const words = unknownWords.filter((word) => !word.startsWith('-'));
  if (!command || env.npm_lifecycle_event !== command || words.length === 0) return undefined;
  // our flags npm kept for itself, as it does for a --flag it does not know: set to "true"
  const kept = Object.entries(env)
    .filter(([name, value]) => name.startsWith('npm_config_') && value === 'true')
    .map(([name]) => name.slice('npm_config_'.length).replace(/_/g, '-'))
    .filter((flag) => ourFlags.has(flag));
  const example = kept.length === words.length ? kept.map((flag, index) => `--${flag} ${words[index]}`).join(' ') : '--region eu';
  return `npm took the flags before "${words.join('", "')}" for itself: put -- before the flags, e.g. npm run ${command} -- ${example}`;
}
