import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

// Placeholder until the emulator command lands.
export const emulatorCommand: CommandModule = {
  command: 'emulator',
  describe: 'emulator (not built yet)',
  handler: () => {
    throw new UsageError('the emulator command is not built yet');
  },
};
