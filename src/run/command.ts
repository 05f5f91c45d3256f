/**
 * `npm run collection -- [options]`: runs auth, profiles and campaigns headlessly through Newman.
 * The flags, their variables, defaults and help come from the options table (src/config/options.ts).
 */
import type { CommandModule } from 'yargs';
import { runOptionTable } from '../config/options.js';
import type { RunFlags } from '../config/run-settings.js';
import { yargsOptionsOf } from '../config/yargs-options.js';

export const collectionCommand: CommandModule<object, RunFlags> = {
  command: 'collection',
  describe: 'Run the collection headlessly through Newman (auth, profiles, campaigns)',
  builder: (yargs) =>
    yargs
      .options(yargsOptionsOf(runOptionTable))
      .example('$0 collection --region eu --emulator', 'Run against the embedded emulator')
      .example('$0 collection --region eu --reporters cli,junit', 'Smoke-test real credentials from .env'),
  handler: async (argv) => {
    const { runFromFlags } = await import('./run-from-flags.js');
    await runFromFlags(argv);
  },
};
