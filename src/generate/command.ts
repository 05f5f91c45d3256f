/** `npm run build`: writes the collection and the regional environments, one line per file. */
import path, { isAbsolute, relative, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';

import { contractSchemasPath, projectRoot, referenceOpenApiDir } from '../config/paths.js';

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

/**
 * `npm run build:contract`: derives schemas/contract/operations.json (what the emulator checks request
 * bodies against; src/contract/emulator-contract.ts) from Amazon's specs in ../shared/reference/openapi. Where that
 * folder is absent (a plain clone) it keeps the committed file and says so. Its own command, not part of
 * `npm run build`: reading the 51 specs would double the build's time (bench row 4b) for a file that
 * changes only when the catalog's paths or the specs change; CI runs it and fails on a stale file.
 */
export const buildContractCommand: CommandModule = {
  command: 'build-contract',
  describe: `Derive ${contractSchemasPath} (request schemas the emulator checks, structure only) from ../shared/reference/openapi`,
  handler: async () => {
    const { referenceSpecsPresent, loadReferenceSpecs } = await import('../contract/reference-specs.js');
    const target = path.join(projectRoot, contractSchemasPath);
    if (!referenceSpecsPresent()) {
      process.stdout.write(`kept ${contractSchemasPath}: ${referenceOpenApiDir} is absent, so the committed file stays as it is\n`);
      return;
    }
    const { emulatorContract } = await import('../contract/emulator-contract.js');
    const { savedAnswerRoutes } = await import('../emulator/contract/saved-answer-routes.js');
    const { serializeJson } = await import('./serialize-json.js');
    const { PUBLIC_FILE_MODE, writeFileAtomic } = await import('../files/write-file-atomic.js');
    const content = serializeJson(emulatorContract(loadReferenceSpecs(), savedAnswerRoutes()));
    try {
      writeFileAtomic(target, content, { mode: PUBLIC_FILE_MODE, createFolder: true });
    } catch (error) {
      throw new UsageError(`cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? 'error'}) - make schemas/contract/ writable`);
    }
    process.stdout.write(`wrote ${contractSchemasPath} (${Buffer.byteLength(content)} bytes)\n`);
  },
};
