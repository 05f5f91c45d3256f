import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

// Placeholder until the coverage command lands.
export const coverageCommand: CommandModule = {
  command: 'coverage',
  describe: 'coverage (not built yet)',
  handler: () => {
    throw new UsageError('the coverage command is not built yet');
  },
};
