#!/usr/bin/env node
/**
 * The command line: one yargs command per concern, each defined beside its code
 * (src/<concern>/command.ts). Handlers load their heavy modules lazily so `--help` stays fast.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { exitCodeOf, UsageError } from './errors.js';
import { buildCommand } from './build/command.js';
import { validateCommand } from './validate/command.js';
import { collectionCommand } from './run/command.js';
import { emulatorCommand } from './emulator/command.js';
import { authCommand } from './auth/command.js';
import { coverageCommand } from './coverage/command.js';

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message.split('\n')[0]}\n`);
  process.exit(exitCodeOf(error));
}

try {
  await yargs(hideBin(process.argv))
    .scriptName('amazon-ads-collection')
    .command(buildCommand)
    .command(validateCommand)
    .command(collectionCommand)
    .command(emulatorCommand)
    .command(authCommand)
    .command(coverageCommand)
    .demandCommand(1, 'Name a command: build, validate, collection, emulator, auth or coverage.')
    .strict()
    .help()
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((message, error) => {
      // yargs validation problems (unknown option, bad choice) arrive as a message; handler errors as error.
      throw error ?? new UsageError(`${message} (see --help)`);
    })
    .parseAsync();
} catch (error) {
  fail(error);
}
