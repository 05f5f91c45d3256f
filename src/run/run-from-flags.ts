/**
 * The `collection` command end to end: flags (+ env file + process environment) -> options and
 * credentials -> run -> exit code. A failed run throws RunFailure naming its cause (exit 1); bad
 * input throws UsageError (exit 2) before any request.
 */
import fs from 'node:fs';
import { cleanCredentials } from './credential-hygiene.js';
import { readVariables, requireCredentials } from './credentials.js';
import { checkEnvFileSyntax } from './env-file-syntax.js';
import { normaliseRunOptions, type RunFlags, type Variables } from './options.js';
import { failureOf, runCollection, type RunIO, type RunOutcome } from './run-collection.js';

/** Options and credentials from flags, the env file they name and the process environment. */
export function resolveRun(flags: RunFlags, processEnv: Variables = process.env) {
  // Flags alone first, so a bad flag is reported before the env file is even read.
  const checked = normaliseRunOptions(flags, {});
  const variables = checked.emulator ? {} : readVariables(checked.envFile, checked.envFileExplicit, processEnv);
  // readVariables accepted the file (or its absence); dotenv skips unreadable lines in silence, so check them.
  if (!checked.emulator && fs.existsSync(checked.envFile)) checkEnvFileSyntax(fs.readFileSync(checked.envFile, 'utf8'), checked.envFile);
  const options = normaliseRunOptions(flags, variables);
  if (options.emulator) return { options, credentials: undefined, warnings: [] as string[] };
  const cleaned = cleanCredentials(variables, options.envFile);
  const credentials = requireCredentials(cleaned.variables, options.envFile);
  return { options, credentials, warnings: cleaned.warnings };
}

export async function runFromFlags(flags: RunFlags, processEnv: Variables = process.env, io: RunIO = {}): Promise<RunOutcome> {
  const { options, credentials, warnings } = resolveRun(flags, processEnv);
  const stderr = io.stderr ?? ((text: string) => void process.stderr.write(text));
  for (const warning of warnings) stderr(`warning: ${warning}\n`);
  const outcome = await runCollection(options, { ...io, credentials });
  const failure = failureOf(outcome);
  if (failure) throw failure;
  return outcome;
}
