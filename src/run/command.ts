import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

// Placeholder until the collection command lands.
export const collectionCommand: CommandModule = {
  command: 'collection',
  describe: 'collection (not built yet)',
  handler: () => {
    throw new UsageError('the collection command is not built yet');
  },
};
