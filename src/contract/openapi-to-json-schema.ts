/**
 * OpenAPI 3.0 schema keywords as JSON Schema (draft-07, what ajv's default class validates):
 * - `nullable: true` means "or null": `type: T` becomes `type: [T, 'null']` (and an `enum` gains null);
 *   a nullable schema without a `type` (a composition) becomes `anyOf: [itself, {type: 'null'}]`;
 * - draft-04 style `exclusiveMinimum: true` + `minimum: n` becomes `exclusiveMinimum: n` (same for maximum).
 * Everything else (`example`, `discriminator`, `xml`, `readOnly`, ...) is left for ajv to ignore. An
 * OpenAPI 3.1 document is JSON Schema 2020-12 already and is not converted (see `compile-schema.ts`).
 *
 * With `closed`, every object schema that lists its properties (and is not a composition) refuses other
 * properties: a check that an answer of ours invents no field, stricter than Amazon's own schemas.
 */
import type { JsonNode } from './read-openapi.js';

type JsonObject = { [key: string]: JsonNode };

export interface ConvertOptions {
  closed?: boolean;
}

export function openApiToJsonSchema(node: JsonNode, options: ConvertOptions = {}): JsonNode {
  if (Array.isArray(node)) return node.map((item) => openApiToJsonSchema(item, options));
  if (typeof node !== 'object' || node === null) return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) copy[key] = openApiToJsonSchema(value, options);
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (copy[flag] === true && typeof copy[bound] === 'number') {
      copy[flag] = copy[bound];
      delete copy[bound];
    } else if (typeof copy[flag] === 'boolean') delete copy[flag];
  }
  const composed = 'allOf' in copy || 'oneOf' in copy || 'anyOf' in copy;
  if (options.closed && typeof copy.properties === 'object' && !('additionalProperties' in copy) && !composed) {
    copy.additionalProperties = false;
  }
  if (copy.nullable !== true) return copy;
  delete copy.nullable;
  if (Array.isArray(copy.enum) && !copy.enum.includes(null)) copy.enum = [...copy.enum, null];
  if (typeof copy.type === 'string') return { ...copy, type: [copy.type, 'null'] };
  if (Array.isArray(copy.type)) return copy.type.includes('null') ? copy : { ...copy, type: [...copy.type, 'null'] };
  return { anyOf: [copy, { type: 'null' }] };
}
