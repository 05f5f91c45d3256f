/**
 * Reads a Postman collection file (format v2.0 or v2.1) for `coverage`. Anything else ends in one
 * UsageError line naming the file and what is wrong with it.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

export interface PostmanCollectionJson {
  info: { name?: string; schema?: string };
  item: unknown[];
}

export function readCollection(file: string): PostmanCollectionJson {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : `cannot read it (${code ?? 'error'})`;
    throw new UsageError(`${file}: ${why} - pass the path of a Postman collection .json file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not JSON (${(error as Error).message.split('\n')[0]}) - pass a Postman collection exported as JSON`);
  }
  const candidate = json as Partial<PostmanCollectionJson> | null;
  const schema = candidate?.info?.schema;
  if (!candidate || typeof candidate !== 'object' || !Array.isArray(candidate.item) || typeof candidate.info !== 'object') {
    throw new UsageError(`${file}: not a Postman collection (no "info" and "item") - export it from Postman as Collection v2.1`);
  }
  if (typeof schema === 'string' && !/\/collection\/v2\.[01]\.\d+\//.test(schema)) {
    throw new UsageError(`${file}: collection format ${schema} is not supported - export it as Collection v2.1 or v2.0`);
  }
  return candidate as PostmanCollectionJson;
}
