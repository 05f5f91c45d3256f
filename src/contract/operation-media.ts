/**
 * What an operation declares about bodies: the media types of its request body and of each response,
 * and the `name#/pointer` reference of the schema for one of them (for `specSchemas`). `requestBody`
 * and responses may be `$ref`s to `#/components/...`; the reference answered is where the schema
 * really is. A response status is looked up exactly, then as its class (`4XX`), then `default`.
 */
import type { JsonNode } from './read-openapi.js';
import { locate, pointerKeys } from './resolve-refs.js';
import type { SpecOperation } from './spec-operations.js';

type JsonObject = { [key: string]: JsonNode };
const isObject = (node: unknown): node is JsonObject => typeof node === 'object' && node !== null && !Array.isArray(node);

/** `application/JSON; charset=utf-8` -> `application/json`. */
export function bareMediaType(mediaType: string): string {
  return mediaType.split(';')[0].trim().toLowerCase();
}

/** The declared media type (as the spec spells it) that `actual` is, allowing `*\/*` and `type/*`; else undefined. */
export function declaredMediaType(declared: string[], actual: string): string | undefined {
  const want = bareMediaType(actual);
  return (
    declared.find((type) => bareMediaType(type) === want) ??
    declared.find((type) => bareMediaType(type).endsWith('/*') && want.startsWith(bareMediaType(type).slice(0, -1))) ??
    declared.find((type) => bareMediaType(type) === '*/*')
  );
}

const operationKeys = (operation: SpecOperation) => pointerKeys(operation.pointer);

function contentOf(operation: SpecOperation, keys: string[]): { content: JsonObject; pointer: string } | undefined {
  const found = locate(operation.document, [...operationKeys(operation), ...keys, 'content']);
  return found && isObject(found.node) ? { content: found.node, pointer: found.pointer } : undefined;
}

/** The request body's media types, or [] when the operation takes no body. */
export function requestMediaTypes(operation: SpecOperation): string[] {
  return Object.keys(contentOf(operation, ['requestBody'])?.content ?? {});
}

/** Whether the operation's request body is required (`requestBody.required`). */
export function requestBodyRequired(operation: SpecOperation): boolean {
  const found = locate(operation.document, [...operationKeys(operation), 'requestBody']);
  return isObject(found?.node) && found.node.required === true;
}

/** The response key the status falls under (`207`, `4XX`, `default`), or undefined when none declares it. */
export function responseKey(operation: SpecOperation, status: number): string | undefined {
  const responses = locate(operation.document, [...operationKeys(operation), 'responses'])?.node;
  if (!isObject(responses)) return undefined;
  return [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, 'default'].find((key) => key in responses);
}

/** The media types of the response for `status` ([] for a declared response without a body; undefined for an undeclared status). */
export function responseMediaTypes(operation: SpecOperation, status: number): string[] | undefined {
  const key = responseKey(operation, status);
  if (key === undefined) return undefined;
  return Object.keys(contentOf(operation, ['responses', key])?.content ?? {});
}

function schemaRef(operation: SpecOperation, keys: string[], mediaType: string): string | undefined {
  const content = contentOf(operation, keys);
  if (!content) return undefined;
  const declared = declaredMediaType(Object.keys(content.content), mediaType);
  if (declared === undefined) return undefined;
  const schema = locate(operation.document, [...pointerKeys(content.pointer), declared, 'schema']);
  return schema ? `${operation.spec}${schema.pointer}` : undefined;
}

/** `spec#/pointer` of the request body schema for this Content-Type, or undefined when not declared. */
export function requestSchemaRef(operation: SpecOperation, mediaType: string): string | undefined {
  return schemaRef(operation, ['requestBody'], mediaType);
}

/** `spec#/pointer` of the response schema for this status and Content-Type, or undefined when not declared. */
export function responseSchemaRef(operation: SpecOperation, status: number, mediaType: string): string | undefined {
  const key = responseKey(operation, status);
  return key === undefined ? undefined : schemaRef(operation, ['responses', key], mediaType);
}
