/**
 * Reads a file given by path and tells what it is: a Postman Collection v2.x, a Postman environment,
 * or something we refuse with a one-line UsageError naming the problem and the fix (not JSON, JSON of
 * another kind, a Collection v1, a globals file). Shared by `validate` and the runner.
 *
 * Error messages never quote the file's content (it may hold secrets); JSON syntax errors are
 * reported by line and column only.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { jsonErrorOffset } from './json-error-offset.js';
import type { PostmanFile, PostmanFileKind } from './types.js';

export const v1ConversionHint =
  'convert it with postman-collection-transformer or re-export as v2.1 from the Postman app';

export async function loadPostmanFile(path: string): Promise<PostmanFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new UsageError(`${path}: ${reason} - give the path of a .postman_collection.json or .postman_environment.json file`);
  }
  const json = parsePostmanJson(path, text);
  return { path, kind: detectPostmanKind(path, json), json };
}

/** JSON.parse with a one-line error that names the line and column but never quotes the content. */
export function parsePostmanJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Never quote error.message: V8 includes a snippet of the content in it.
    const body = text.replace(/^\uFEFF/, '');
    const offset = jsonErrorOffset(body);
    const where =
      body.trim() === ''
        ? 'the file is empty'
        : offset === undefined
          ? 'syntax error'
          : offset >= body.length
            ? 'the JSON ends early'
            : `syntax error at ${lineAndColumn(body, offset)}`;
    throw new UsageError(`${path}: not JSON (${where}) - export the file again from Postman or fix the JSON syntax`);
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length} column ${before[before.length - 1].length + 1}`;
}

const v1SchemaUrl = /\/collection\/v1(\.|\/)/;
const v2SchemaUrl = /\/collection\/v2\.[01]\.\d+\//;

/**
 * A Collection v1 export: a named object with a `requests` list and its `order` / `folders` lists or
 * an `id`. Any other JSON that happens to have a `requests` key (an inventory, an API answer) is not.
 */
function looksLikeCollectionV1(object: Record<string, unknown>): boolean {
  if (!Array.isArray(object.requests) || typeof object.name !== 'string') return false;
  return Array.isArray(object.order) || Array.isArray(object.folders) || typeof object.id === 'string';
}

/** Decides collection or environment, or throws a UsageError saying what the JSON is instead. */
export function detectPostmanKind(path: string, json: unknown): PostmanFileKind {
  const notPostman = (what: string) =>
    new UsageError(
      `${path}: ${what}, not a Postman collection or environment - give a file exported from Postman (Collection v2.1 or an environment)`,
    );
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw notPostman(`JSON ${Array.isArray(json) ? 'array' : json === null ? 'null' : typeof json}`);
  }
  const object = json as Record<string, unknown>;
  const info = object.info as Record<string, unknown> | undefined;
  const schemaUrl = typeof info?.schema === 'string' ? info.schema : typeof object.schema === 'string' ? object.schema : '';

  if (v1SchemaUrl.test(schemaUrl) || looksLikeCollectionV1(object)) {
    throw new UsageError(`${path}: Postman Collection v1, which this tool does not read - ${v1ConversionHint}`);
  }
  if (info && typeof info === 'object' && ('item' in object || v2SchemaUrl.test(schemaUrl))) return 'collection';

  const scope = object._postman_variable_scope;
  if (scope === 'globals') throw notPostman('a Postman globals file');
  if (Array.isArray(object.values) && (scope === undefined || scope === 'environment')) return 'environment';
  if (scope === 'environment') return 'environment';

  throw notPostman('JSON without a collection "info"/"item" or an environment "values" list');
}
