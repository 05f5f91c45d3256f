/**
 * `npm run build:contract`: derives schemas/contract/operations.json (what the emulator checks request
 * bodies against; src/contract/emulator-contract.ts) from Amazon's specs in ../shared/reference/openapi. Where that
 * folder is absent (a plain clone) it keeps the committed file and says so. Its own command, not part of
 * `npm run build`: reading the 51 specs would double the build's time (bench row 4b) for a file that
 * changes only when the catalog's paths or the specs change; CI runs it and fails on a stale file.
 */
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { UsageError } from '../errors.js';
import { contractSchemasPath, projectRoot, referenceOpenApiDir } from '../config/paths.js';

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
