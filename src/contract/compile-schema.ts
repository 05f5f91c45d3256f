/**
 * ajv set up once for Amazon's OpenAPI schemas, for every consumer (the contract test, the emulator's
 * request check): all errors reported, unknown keywords and unknown formats ignored (OpenAPI's
 * `example`, `discriminator`, custom formats such as `GZIP_JSON`), the standard formats checked
 * (`date`, `date-time`, `uri`, `uuid`, ... via ajv-formats, which also knows OpenAPI's `int32`,
 * `int64`, `float`, `double`). OpenAPI 3.0 documents are converted first (`openapi-to-json-schema.ts`);
 * a 3.1 document is validated as JSON Schema 2020-12.
 *
 * Two ways in: `compileOpenApiSchema` for one standalone schema (no `$ref`s left, e.g. a generated
 * one), `specSchemas` for schemas inside whole spec documents, each added once under its name so that
 * `name#/components/...` references resolve without copying.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { openApiToJsonSchema, type ConvertOptions } from './openapi-to-json-schema.js';
import type { JsonNode, OpenApiDocument } from './read-openapi.js';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

export type { ErrorObject, ValidateFunction };

export function createOpenApiAjv(version = '3.0'): Ajv {
  const options = { strict: false, allErrors: true, validateSchema: false, logger: false } as const;
  const ajv = version.startsWith('3.1') ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  return ajv;
}

const convert = (version: string, node: JsonNode, options: ConvertOptions) =>
  version.startsWith('3.1') ? node : openApiToJsonSchema(node, options);

/** A validator for one standalone OpenAPI schema (its `$ref`s already inlined). */
export function compileOpenApiSchema(schema: JsonNode, options: ConvertOptions & { version?: string } = {}): ValidateFunction {
  const version = options.version ?? '3.0';
  return createOpenApiAjv(version).compile(convert(version, schema, options) as object);
}

export interface NamedDocument {
  name: string;
  document: OpenApiDocument;
}

/**
 * Validators for `name#/json/pointer` references into the given spec documents, compiled on first use
 * and cached. Throws when the pointer does not resolve.
 */
export function specSchemas(specs: NamedDocument[], options: ConvertOptions = {}): (ref: string) => ValidateFunction {
  const ajvs = new Map<string, Ajv>();
  const added = new Set<string>();
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const cache = new Map<string, ValidateFunction>();
  const ajvOf = (name: string): Ajv => {
    const spec = byName.get(name);
    if (!spec) throw new Error(`no spec named ${name}`);
    const version = spec.document.openapi ?? '3.0';
    const key = version.startsWith('3.1') ? '3.1' : '3.0';
    let ajv = ajvs.get(key);
    if (!ajv) ajvs.set(key, (ajv = createOpenApiAjv(version)));
    if (!added.has(name)) {
      ajv.addSchema(convert(version, spec.document as JsonNode, options) as object, name);
      added.add(name);
    }
    return ajv;
  };
  return (ref) => {
    const cached = cache.get(ref);
    if (cached) return cached;
    const validate = ajvOf(ref.split('#')[0]).compile({ $ref: ref });
    cache.set(ref, validate);
    return validate;
  };
}

/** ajv's errors as short lines: `/campaigns/0/state: must be equal to one of the allowed values (ENABLED, PAUSED)`. */
export function schemaErrorLines(errors: ErrorObject[] | null | undefined, limit = 5): string[] {
  return (errors ?? []).slice(0, limit).map((error) => {
    const where = error.instancePath || '(body)';
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    const detail = allowed ? ` (${allowed.map(String).join(', ')})` : extra ? ` (${extra})` : '';
    return `${where}: ${error.message ?? error.keyword}${detail}`;
  });
}
