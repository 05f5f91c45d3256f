import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

// Placeholder until the build command lands.
export const buildCommand: CommandModule = {
  command: 'build',
  describe: 'build (not built yet)',
  handler: () => {
    throw new UsageError('the build command is not built yet');
  },
};
