#!/usr/bin/env node
/**
 * The command line: one yargs command per concern, each defined beside its code
 * (src/<concern>/command.ts). Handlers load their heavy modules lazily so `--help` stays fast.
 */
import './silence-newman-deprecation.js';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { npmDashHint } from './config/npm-dash-hint.js';
import { unknownFlagMessage } from './config/unknown-flags.js';
import { exitCodeOf, UsageError } from './errors.js';
import { buildCommand, buildContractCommand } from './generate/command.js';
import { validateCommand } from './validate/command.js';
import { collectionCommand } from './run/command.js';
import { emulatorCommand } from './emulator/command.js';
import { authCommand } from './auth/command.js';
import { coverageCommand } from './compare/command.js';
import { packageVersion } from './version.js';
import { helpOnDemand } from './help-on-demand.js';

/** Folds a possibly multi-line message (yargs writes "Invalid values:\n  Argument: ...") into one line. */
function oneLine(message: string): string {
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${oneLine(message)}\n`);
  process.exit(exitCodeOf(error));
}

// package.json runs `node scripts/launch.mjs collection --` (tests: `tsx src/cli.ts collection --`), so
// `npm run collection -- --env-file X` arrives as `collection -- --env-file X`: Node 20 reads `--env-file`
// anywhere in its arguments (and exits 9 when the file is missing) unless a `--` comes
// first. The `--` is dropped here so yargs sees the flags.
const args = hideBin(process.argv);
if (args[1] === '--') args.splice(1, 1);

try {
  const parser = yargs(args)
    .scriptName('amazon-ads-collection')
    .command(buildCommand)
    .command(validateCommand)
    .command(collectionCommand)
    .command(emulatorCommand)
    .command(authCommand)
    .command(coverageCommand)
    .command(buildContractCommand)
    .demandCommand(1, 'Name a command: build, validate, collection, emulator, auth, coverage or build-contract.')
    .strict()
    .help()
    .version(packageVersion())
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((message, error) => {
      // yargs' own validation problems (unknown option, bad choice, missing value) arrive as a message or
      // as a YError; both are usage errors. Errors thrown by a handler keep their own exit code.
      const unknown = /^Unknown arguments?: (.*)$/.exec(message ?? '')?.[1]?.split(', ');
      // a mistyped flag is said as such (with the closest known one); stray words under npm get the npm hint
      const hint = unknown === undefined ? undefined : (unknownFlagMessage(args[0], args, unknown) ?? npmDashHint(args[0], unknown));
      if (hint) throw new UsageError(hint);
      if (message) throw new UsageError(`${oneLine(message)} (see --help)`);
      if (error?.name === 'YError') throw new UsageError(`${oneLine(error.message)} (see --help)`);
      throw error;
    });
  await helpOnDemand(parser).parseAsync();
} catch (error) {
  fail(error);
}
