/**
 * The part of Amazon's specs the emulator checks requests against, derived from the specs for the
 * operations the catalog calls: per spec, a small OpenAPI document with just those operations (request
 * body per media type, the media types of each response, the schema of the 400 answer) and the
 * components they reference, and a map from each catalog request (`METHOD /path/{var}`) to its
 * operation. Structure only: types, required fields, enums, formats, bounds, patterns; every
 * description, summary, title and example left out (Amazon's prose is not ours to copy).
 * Pure: specs and the requests the emulator answers from the contract in, file content out
 * (`buildContractCommand` in `src/generate/command.ts`, `npm run build:contract`, reads and writes).
 */
import type { NamedDocument } from './compile-schema.js';
import type { JsonNode, OpenApiDocument } from './read-openapi.js';
import { locate, pointerKeys, resolveRef } from './resolve-refs.js';
import { operationMatcher, specOperations, type SpecOperation } from './spec-operations.js';

type JsonObject = { [key: string]: JsonNode };

/** The spec operation a catalog request calls. */
export interface OperationRef {
  spec: string;
  method: string;
  path: string;
}

/** The generated file. */
export interface ContractFile {
  /** One line: where it comes from and how it is made. */
  about: string;
  /** Keyed `METHOD /catalog/path/{var}`, as the emulator's contract routes (SavedAnswerRoute method and path). */
  operations: Record<string, OperationRef>;
  /** Per spec file: the operations used, stripped to structure, with the components they reference. */
  specs: Record<string, OpenApiDocument>;
}
const isObject = (node: unknown): node is JsonObject => typeof node === 'object' && node !== null && !Array.isArray(node);

/** Schema keywords that carry structure; everything else (prose, examples, vendor extensions) is dropped. */
const structural = new Set([
  '$ref', 'type', 'format', 'enum', 'const', 'required', 'nullable', 'items', 'prefixItems', 'allOf', 'oneOf', 'anyOf', 'not',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
]);

/** A schema with only its structural keywords (`properties` keeps every name; `discriminator` its mapping). */
export function structureOf(schema: JsonNode): JsonNode {
  if (Array.isArray(schema)) return schema.map(structureOf);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'patternProperties') {
      if (isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, structureOf(property)]));
    } else if (key === 'additionalProperties') {
      out[key] = typeof value === 'boolean' ? value : structureOf(value);
    } else if (key === 'discriminator') {
      if (isObject(value)) {
        out[key] = { propertyName: value.propertyName, ...(isObject(value.mapping) ? { mapping: value.mapping } : {}) };
      }
    } else if (key === 'enum' || key === 'const' || key === 'required') {
      out[key] = value;
    } else if (structural.has(key)) {
      out[key] = structureOf(value);
    }
  }
  return out;
}

/** The content map `{mediaType: {schema?}}` of a request body or response, each schema's structure kept when `withSchemas`. */
function contentOf(document: OpenApiDocument, node: JsonNode | undefined, withSchemas: boolean): JsonObject {
  let here = node;
  for (let hops = 0; isObject(here) && typeof here.$ref === 'string' && hops < 20; hops++) here = resolveRef(document, here.$ref);
  const content = isObject(here) && isObject(here.content) ? here.content : {};
  return Object.fromEntries(
    Object.entries(content).map(([type, media]): [string, JsonObject] => [
      type,
      withSchemas && isObject(media) && media.schema !== undefined ? { schema: structureOf(media.schema) } : {},
    ]),
  );
}

/** The operation kept: its request body, every response's media types, the 400's schema. */
function operationStructure(operation: SpecOperation): JsonObject {
  const { document } = operation;
  const requestBody = locate(document, [...pointerKeys(operation.pointer), 'requestBody'])?.node;
  const responses = isObject(operation.operation.responses) ? operation.operation.responses : {};
  const out: JsonObject = {};
  if (requestBody !== undefined) {
    out.requestBody = { ...(isObject(requestBody) && requestBody.required === true ? { required: true } : {}), content: contentOf(document, requestBody, true) };
  }
  out.responses = Object.fromEntries(Object.entries(responses).map(([status, response]) => [status, { content: contentOf(document, response, status === '400') }]));
  return out;
}

/** Adds every component `node` references (and those reference), with its structure only. */
function addReferenced(node: JsonNode, source: OpenApiDocument, target: { [group: string]: JsonObject }): void {
  if (Array.isArray(node)) return node.forEach((item) => addReferenced(item, source, target));
  if (!isObject(node)) return;
  if (typeof node.$ref === 'string') {
    const [, group, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(node.$ref) ?? [];
    if (group && name && !(target[group] ??= {})[name]) {
      const component = structureOf(resolveRef(source, node.$ref));
      target[group][name] = component;
      addReferenced(component, source, target);
    }
  }
  for (const value of Object.values(node)) addReferenced(value, source, target);
}

/**
 * The contract file for `requests` (the catalog requests the emulator answers from the contract, as
 * `METHOD /path/{var}`: its saved-answer routes) against `specs` (highest precedence first).
 */
export function emulatorContract(specs: NamedDocument[], requests: ReadonlyArray<{ method: string; path: string }>): ContractFile {
  const match = operationMatcher(specOperations(specs));
  const operations: Record<string, OperationRef> = {};
  const documents: Record<string, OpenApiDocument> = {};
  for (const route of requests) {
    const key = `${route.method} ${route.path}`;
    if (key in operations) continue;
    const operation = match(route.method, route.path);
    if (!operation) continue;
    operations[key] = { spec: operation.spec, method: operation.method, path: operation.path };
    const document = (documents[operation.spec] ??= { openapi: operation.document.openapi ?? '3.0.0', paths: {}, components: {} });
    const paths = document.paths!;
    if (paths[operation.path]?.[operation.method]) continue;
    const kept = operationStructure(operation);
    (paths[operation.path] ??= {})[operation.method] = kept;
    addReferenced(kept, operation.document, document.components as { [group: string]: JsonObject });
  }
  return {
    about: "Generated by `npm run build:contract` from Amazon's OpenAPI specs (../shared/reference/openapi): the operations the collection calls, structure only.",
    operations: Object.fromEntries(Object.entries(operations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    specs: Object.fromEntries(Object.entries(documents).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
