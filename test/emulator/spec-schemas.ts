/**
 * Validators for the response schemas Amazon publishes (../shared/reference/openapi/), built with ajv
 * straight from the spec files: each whole spec is added under an id so its `#/components/...` $refs resolve.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { needsShared, sharedPath } from '../support/needs.js';

export const spSpecPath = sharedPath('reference/openapi/SponsoredProducts_prod_3p.json');
export const profilesSpecPath = sharedPath('reference/openapi/Profiles_prod_3p.yaml');
/** Whether the specs are there (test/support/needs.ts: marks the importing test file when they are not). */
export const specsPresent = needsShared('reference/openapi/SponsoredProducts_prod_3p.json', 'reference/openapi/Profiles_prod_3p.yaml');

/**
 * Amazon's schemas allow extra properties; the emulator must not invent fields, so each object schema
 * that lists its properties is closed (additionalProperties: false) unless it says otherwise.
 */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = closeObjects(value);
  const composed = 'allOf' in copy || 'oneOf' in copy || 'anyOf' in copy;
  if (typeof copy.properties === 'object' && !('additionalProperties' in copy) && !composed) copy.additionalProperties = false;
  return copy;
}

let ajv: Ajv | undefined;
const documents = new Map<'sp' | 'profiles', unknown>();
function load(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  // ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
  addFormats(ajv);
  for (const format of ['int32', 'int64', 'double', 'float']) ajv.addFormat(format, true);
  documents.set('sp', closeObjects(JSON.parse(readFileSync(spSpecPath, 'utf8'))));
  documents.set('profiles', closeObjects(parse(readFileSync(profilesSpecPath, 'utf8'))));
  for (const [id, document] of documents) ajv.addSchema(document as object, id);
  return ajv;
}

/** The operation paths a spec declares (e.g. `/sp/campaigns/{campaignId}/budgetRules`), with their methods. */
export function specOperations(spec: 'sp' | 'profiles'): Record<string, string[]> {
  load();
  const document = documents.get(spec) as { paths?: Record<string, Record<string, unknown>> } | undefined;
  return Object.fromEntries(Object.entries(document?.paths ?? {}).map(([path, operations]) => [path, Object.keys(operations)]));
}

function pointer(...parts: string[]): string {
  return parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

const cache = new Map<string, ValidateFunction>();

/** The validator of the schema the spec declares for (path, method, status, media type). */
export function responseSchema(spec: 'sp' | 'profiles', path: string, method: string, status: number, mediaType: string): ValidateFunction {
  const ref = `${spec}#/${pointer('paths', path, method, 'responses', String(status), 'content', mediaType, 'schema')}`;
  const cached = cache.get(ref);
  if (cached) return cached;
  const validate = load().compile({ $ref: ref });
  cache.set(ref, validate);
  return validate;
}

/** Throws with ajv's errors when `body` does not match; returns true otherwise (for expect().toBe(true)). */
export function conforms(validate: ValidateFunction, body: unknown): true {
  if (!validate(body)) throw new Error(`schema mismatch: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
  return true;
}
