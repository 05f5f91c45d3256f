/**
 * The project's own JSON Schemas (schemas/*.schema.json), compiled once with ajv, and the
 * conversion of ajv errors into problems that name the folder/request they are in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { PostmanFile, PostmanFileKind } from './types.js';

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

export const schemaFiles: Record<PostmanFileKind, string> = {
  collection: `${schemasDir}postman-collection-v2.1.0.schema.json`,
  environment: `${schemasDir}postman-environment.schema.json`,
};

let compiled: Record<PostmanFileKind, ValidateFunction> | undefined;

/** Compiles both schemas on first use and keeps them for the life of the process. */
export function schemaValidators(): Record<PostmanFileKind, ValidateFunction> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
    const load = (kind: PostmanFileKind) => ajv.compile(JSON.parse(readFileSync(schemaFiles[kind], 'utf8')));
    compiled = { collection: load('collection'), environment: load('environment') };
  }
  return compiled;
}

/** Schema errors of one file, deepest first and without the noise of if/then wrappers. */
export function schemaErrors(file: PostmanFile): ErrorObject[] {
  const validate = schemaValidators()[file.kind];
  if (validate(file.json)) return [];
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.instancePath} ${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Turns a JSON pointer such as `/item/2/item/0/request/method` into a readable place:
 * `Sponsored Products / Campaigns / Create campaigns: request.method`.
 */
export function describePointer(json: unknown, pointer: string): string {
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const names: string[] = [];
  const rest: string[] = [];
  let node: unknown = json;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const next = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    if (rest.length === 0 && segment === 'item' && Array.isArray(next) && i + 1 < segments.length) {
      const child = next[Number(segments[i + 1])] as { name?: unknown } | undefined;
      names.push(typeof child?.name === 'string' && child.name ? child.name : `item[${segments[i + 1]}]`);
      node = child;
      i++;
      continue;
    }
    rest.push(/^\d+$/.test(segment) ? `[${segment}]` : rest.length ? `.${segment}` : segment);
    node = next;
  }
  const place = rest.join('');
  if (names.length === 0) return place || '(top level)';
  return place ? `${names.join(' / ')}: ${place}` : names.join(' / ');
}
