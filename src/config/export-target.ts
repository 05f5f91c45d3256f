/**
 * `--export-environment` must not overwrite a file the run reads or the project ships: the env file
 * (its credentials would be lost under Postman JSON) or a committed environment in environments/ (a
 * generated, committed file). Both are refused as a UsageError before any request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { defaultEnvironmentDir } from './paths.js';

/** The real path of `file` (symlinks resolved), or its absolute path when it does not exist yet. */
function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync(absolute);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

export function checkExportTarget(exportEnvironment: string, envFile: string): void {
  const target = realPathOf(exportEnvironment);
  if (target === realPathOf(envFile)) {
    throw new UsageError(`--export-environment ${exportEnvironment} is the env file the credentials are read from: choose another path, e.g. final.postman_environment.json`);
  }
  const committed = realPathOf(defaultEnvironmentDir);
  if (path.dirname(target) === committed) {
    throw new UsageError(`--export-environment ${exportEnvironment} is inside environments/, the generated environments: choose a path outside it, e.g. final.postman_environment.json`);
  }
}
