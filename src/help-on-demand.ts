/**
 * yargs renders a command's whole help text (every option, wrapped to the terminal) each time the
 * command runs, before its handler goes on, in case the handler later asks for help. No handler of
 * ours does (a usage error is one line, see cli.ts), and for `collection`, with its long options
 * table, that text costs ~85 ms of CPU on every run (bench row 1). So help is rendered only when it
 * is shown: `--help` and `showHelp()` still render it the same way, from the same definitions.
 *
 * This reaches into yargs' usage instance (yargs 18): when that is not there, nothing changes.
 */
import type { Argv } from 'yargs';

interface UsageInstance {
  cacheHelpMessage?: () => void;
}

export function helpOnDemand<T>(parser: Argv<T>): Argv<T> {
  const internal = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => UsageInstance } }).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
  return parser;
}
