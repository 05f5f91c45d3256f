/**
 * The collection and the environment a run starts from, given by path (--collection, --environment)
 * or the generated defaults. Read with the validator's `loadPostmanFile`, so a file that is not JSON,
 * not a Postman file, a Collection v1 or the wrong kind is the same one-line UsageError (exit 2) as in
 * `npm run validate`, raised before any request; the file's content is never quoted.
 */
import fs from 'node:fs';
import { UsageError } from '../../errors.js';
import { loadPostmanFile } from '../../validate/load.js';
import type { EnvironmentJson } from './environment.js';
import type { CollectionJson } from '../selection/folders.js';

const regenerate = 'run `npm run build` to generate it';

function missingDefault(file: string, isDefault: boolean, what: string): void {
  if (isDefault && !fs.existsSync(file)) throw new UsageError(`${what} file ${file} is missing: ${regenerate}`);
}

/** The collection as JSON: the run prunes it to the selected items before Newman builds its objects. */
export async function loadRunCollection(file: string, isDefault: boolean): Promise<CollectionJson> {
  missingDefault(file, isDefault, 'collection');
  const loaded = await loadPostmanFile(file);
  if (loaded.kind !== 'collection') {
    throw new UsageError(`${file}: a Postman environment, not a collection - pass a collection with --collection and an environment with --environment`);
  }
  const schema = String((loaded.json as { info?: { schema?: unknown } }).info?.schema ?? '');
  if (!schema.includes('/v2.1')) {
    throw new UsageError(`${file}: not a Postman Collection v2.1 - re-export it as Collection v2.1 from Postman, or ${regenerate}`);
  }
  return loaded.json as CollectionJson;
}

export async function loadRunEnvironment(file: string, isDefault: boolean): Promise<EnvironmentJson> {
  missingDefault(file, isDefault, 'environment');
  const loaded = await loadPostmanFile(file);
  if (loaded.kind !== 'environment') {
    throw new UsageError(`${file}: a Postman collection, not an environment - pass an environment with --environment and a collection with --collection`);
  }
  return loaded.json as EnvironmentJson;
}
