/**
 * The `collection` command end to end: flags (+ env file + process environment) -> options and
 * credentials -> run -> exit code. A failed run throws RunFailure naming its cause (exit 1); bad
 * input throws UsageError (exit 2) before any request.
 */
import { readVariables, requireCredentials } from './credentials.js';
import { normaliseRunOptions, type RunFlags, type Variables } from './options.js';
import { failureOf, runCollection, type RunIO, type RunOutcome } from './runCollection.js';

/** Options and credentials from flags, the env file they name and the process environment. */
export function resolveRun(flags: RunFlags, processEnv: Variables = process.env) {
  // Flags alone first, so a bad flag is reported before the env file is even read.
  const checked = normaliseRunOptions(flags, {});
  const variables = checked.emulator ? {} : readVariables(checked.envFile, checked.envFileExplicit, processEnv);
  const options = normaliseRunOptions(flags, variables);
  const credentials = options.emulator ? undefined : requireCredentials(variables, options.envFile);
  return { options, credentials };
}

export async function runFromFlags(flags: RunFlags, processEnv: Variables = process.env, io: RunIO = {}): Promise<RunOutcome> {
  const { options, credentials } = resolveRun(flags, processEnv);
  const outcome = await runCollection(options, { ...io, credentials });
  const failure = failureOf(outcome);
  if (failure) throw failure;
  return outcome;
}
