/**
 * `npm run collection -- [options]`: runs auth, profiles and campaigns headlessly through Newman.
 * The flags, their variables, defaults and help come from the options table (src/config/options.ts).
 */
import type { CommandModule } from 'yargs';
import { runOptionTable } from '../config/options.js';
import type { RunFlags } from '../config/run-settings.js';
import { yargsOptionsOf } from '../config/yargs-options.js';
import { reporterFlagsIn, reporterOptionsOf } from './reporter-flags.js';

/** The --reporter-<name>-<option> flags of this command line (declared hidden, so strict parsing accepts them). */
const reporterFlags = reporterFlagsIn(process.argv.slice(2));

export const collectionCommand: CommandModule<object, RunFlags> = {
  command: 'collection',
  describe: 'Run the collection headlessly through Newman (auth, profiles, campaigns)',
  builder: (yargs) =>
    yargs
      .options(yargsOptionsOf(runOptionTable))
      .options(Object.fromEntries(reporterFlags.map((flag) => [flag, { hidden: true }])))
      .example('$0 collection --region eu --emulator', 'Run against the embedded emulator')
      .example('$0 collection --region eu --reporters cli,junit', 'Smoke-test real credentials from .env'),
  handler: async (argv) => {
    const { runFromFlags } = await import('./run-from-flags.js');
    await runFromFlags({ ...argv, reporterOptions: reporterOptionsOf(argv as Record<string, unknown>, reporterFlags) });
  },
};
