/** `npm run build`: writes the collection and the regional environments, one line per file. */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

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
      default: repoRoot,
      defaultDescription: 'the repository root',
      describe: 'Directory that receives collections/ and environments/',
    }),
  handler: async (args) => {
    const { generatedFiles } = await import('./generated-files.js');
    const { writeGeneratedFile } = await import('./write-generated-file.js');
    const outDir = resolve(args['out-dir']);
    const files = generatedFiles(); // everything is built before anything is written
    for (const file of files) {
      const target = resolve(outDir, file.path);
      try {
        writeGeneratedFile(target, file.content);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw new UsageError(`cannot write ${target} (${code}) - choose a writable --out-dir`);
      }
      process.stdout.write(`wrote ${shownPath(target)} (${Buffer.byteLength(file.content)} bytes)\n`);
    }
  },
};
