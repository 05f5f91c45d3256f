/**
 * `--export-environment` (and likewise `--export-globals`, `--export-collection`) must not overwrite a file the run reads or the project ships: the env file
 * (its credentials would be lost under Postman JSON) or a committed environment in environments/ (a
 * generated, committed file). Both are refused as a UsageError before any request.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { resolvedPathOf } from '../files/write-target.js';
import { defaultEnvironmentDir } from './paths.js';

export function checkExportTarget(exportEnvironment: string, envFile: string, flag = '--export-environment', example = 'final.postman_environment.json'): void {
  const target = resolvedPathOf(exportEnvironment);
  if (target === resolvedPathOf(envFile)) {
    throw new UsageError(`${flag} ${exportEnvironment} is the env file the credentials are read from: choose another path, e.g. ${example}`);
  }
  const committed = resolvedPathOf(defaultEnvironmentDir);
  if (path.dirname(target) === committed) {
    throw new UsageError(`${flag} ${exportEnvironment} is inside environments/, the generated environments: choose a path outside it, e.g. ${example}`);
  }
}
