import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

// Placeholder until the validate command lands.
export const validateCommand: CommandModule = {
  command: 'validate',
  describe: 'validate (not built yet)',
  handler: () => {
    throw new UsageError('the validate command is not built yet');
  },
};
