import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

// Placeholder until the auth command lands.
export const authCommand: CommandModule = {
  command: 'auth',
  describe: 'auth (not built yet)',
  handler: () => {
    throw new UsageError('the auth command is not built yet');
  },
};
