/**
 * Validators for the response schemas Amazon publishes (../shared/reference/openapi/) for the emulator's
 * Sponsored Products v3 and Profiles answers, built on the contract core (src/contract/): each whole spec
 * is added under its short name so its `#/components/...` $refs resolve.
 */
import { specSchemas, type ValidateFunction, schemaErrorLines } from '../../src/contract/compile-schema.js';
import { readOpenApi, type OpenApiDocument } from '../../src/contract/read-openapi.js';
import { escapePointer } from '../../src/contract/resolve-refs.js';
import { needsShared, sharedPath } from '../support/needs.js';

export const spSpecPath = sharedPath('reference/openapi/SponsoredProducts_prod_3p.json');
export const profilesSpecPath = sharedPath('reference/openapi/Profiles_prod_3p.yaml');
/** Whether the specs are there (test/support/needs.ts: marks the importing test file when they are not). */
export const specsPresent = needsShared('reference/openapi/SponsoredProducts_prod_3p.json', 'reference/openapi/Profiles_prod_3p.yaml');

type Spec = 'sp' | 'profiles';

let documents: Map<Spec, OpenApiDocument> | undefined;
let schemas: ((ref: string) => ValidateFunction) | undefined;
function load(): (ref: string) => ValidateFunction {
  if (schemas) return schemas;
  documents = new Map([
    ['sp', readOpenApi(spSpecPath)],
    ['profiles', readOpenApi(profilesSpecPath)],
  ]);
  // Amazon's schemas allow extra properties; the emulator must not invent fields, so objects are closed.
  schemas = specSchemas([...documents].map(([name, document]) => ({ name, document })), { closed: true });
  return schemas;
}

/** The operation paths a spec declares (e.g. `/sp/campaigns/{campaignId}/budgetRules`), with their methods. */
export function specOperations(spec: Spec): Record<string, string[]> {
  load();
  return Object.fromEntries(Object.entries(documents!.get(spec)?.paths ?? {}).map(([route, operations]) => [route, Object.keys(operations)]));
}

/** The validator of the schema the spec declares for (path, method, status, media type). */
export function responseSchema(spec: Spec, route: string, method: string, status: number, mediaType: string): ValidateFunction {
  const pointer = ['paths', route, method, 'responses', String(status), 'content', mediaType, 'schema'].map(escapePointer).join('/');
  return load()(`${spec}#/${pointer}`);
}

/** Throws with ajv's errors when `body` does not match; returns true otherwise (for expect().toBe(true)). */
export function conforms(validate: ValidateFunction, body: unknown): true {
  if (!validate(body)) throw new Error(`schema mismatch: ${schemaErrorLines(validate.errors).join('; ')}`);
  return true;
}
