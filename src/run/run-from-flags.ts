/**
 * The `collection` command end to end: flags (+ env file + process environment) -> settings ->
 * run -> exit code. A failed run throws RunFailure naming its first failure's cause (exit 1); bad
 * input throws UsageError (exit 2) before any request.
 */
import { RunFailure } from '../errors.js';
import { resolveRunSettings, type RunFlags } from '../config/run-settings.js';
import type { Variables } from '../config/resolve-options.js';
import type { Sink } from './output/stdout-sink.js';
import { dryRunCollection, runCollection, type RunIO, type RunOutcome } from './run-collection.js';
import { stdoutSink } from './output/stdout-sink.js';
import { failureLineOf } from './summary/summary.js';

export async function runFromFlags(
  flags: RunFlags,
  processEnv: Variables = process.env,
  io: RunIO & { stderr?: Sink } = {},
): Promise<RunOutcome | undefined> {
  const { options, credentials, warnings } = resolveRunSettings(flags, processEnv);
  const stderr = io.stderr ?? ((text: string) => void process.stderr.write(text));
  for (const warning of warnings) stderr(`warning: ${warning}\n`);
  if (options.dryRun) {
    // --dry-run: what would be sent, and nothing sent (no outcome: there was no run)
    const text = await dryRunCollection(options, { ...io, credentials });
    (io.stdout ?? stdoutSink(io.stream ?? process.stdout))(text);
    return undefined;
  }
  const outcome = await runCollection(options, { ...io, credentials });
  const failure = failureLineOf(outcome.report);
  if (failure !== undefined && options.suppressExitCode) {
    // -x, as with `newman run`: the run's failure is still said (unless --silent), the exit code is 0
    if (!options.silent) stderr(`${outcome.redactor.redact(failure)} (exit code 0: --suppress-exit-code)\n`);
    return outcome;
  }
  if (failure !== undefined) throw new RunFailure(outcome.redactor.redact(failure));
  return outcome;
}
