/** `npm run build`: writes the collection and the regional environments, one line per file. */
import { isAbsolute, relative, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

import { projectRoot } from '../config/paths.js';

/** The path as the user can type it: relative to the working directory when inside it, else absolute. */
function shownPath(target: string): string {
  const fromCwd = relative(process.cwd(), target);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : target;
}

interface BuildArgs {
  'out-dir': string;
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build',
  describe: 'Generate collections/ and environments/ from the catalog (src/catalog) and scripts (src/scripts)',
  builder: (yargs) =>
    yargs.option('out-dir', {
      type: 'string',
      default: projectRoot,
      defaultDescription: 'the repository root',
      describe: 'Directory that receives collections/ and environments/',
    }),
  handler: async (args) => {
    const { generatedFiles } = await import('./generated-files.js');
    const { PUBLIC_FILE_MODE, writeFileAtomic } = await import('../files/write-file-atomic.js');
    const outDir = resolve(args['out-dir']);
    const files = generatedFiles(); // everything is built before anything is written
    for (const file of files) {
      const target = resolve(outDir, file.path);
      try {
        // committed and shared, no secret inside: a public mode
        writeFileAtomic(target, file.content, { mode: PUBLIC_FILE_MODE, createFolder: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw new UsageError(`cannot write ${target} (${code}) - choose a writable --out-dir`);
      }
      process.stdout.write(`wrote ${shownPath(target)} (${Buffer.byteLength(file.content)} bytes)\n`);
    }
  },
};
