/**
 * Local `$ref`s (`#/components/...`) of an OpenAPI document: follow one (`resolveRef`), walk a path of
 * keys following every `$ref` on the way (`locate`, which answers the JSON pointer where the walk ends,
 * so ajv can compile from there), or inline them all into a standalone schema (`dereference`).
 */
import type { JsonNode, OpenApiDocument } from './read-openapi.js';

type JsonObject = { [key: string]: JsonNode };

const isObject = (node: unknown): node is JsonObject => typeof node === 'object' && node !== null && !Array.isArray(node);

export function escapePointer(part: string): string {
  return part.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The keys of a local pointer: `#/paths/~1sp~1campaigns/post` -> ['paths', '/sp/campaigns', 'post']. */
export function pointerKeys(pointer: string): string[] {
  return pointer.replace(/^#/, '').split('/').filter(Boolean).map((part) => unescapePointer(decodeURIComponent(part)));
}

/** The node a local `#/a/b` reference points at; throws naming the reference when it leads nowhere. */
export function resolveRef(document: OpenApiDocument, ref: string): JsonNode {
  if (!ref.startsWith('#')) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: JsonNode = document as JsonObject;
  for (const part of pointerKeys(ref)) {
    const next: JsonNode | undefined = Array.isArray(node) ? node[Number(part)] : isObject(node) ? node[part] : undefined;
    if (next === undefined) throw new Error(`$ref ${ref} does not resolve`);
    node = next;
  }
  return node;
}

/** Follows `$ref`s until a node that is not a reference (a cycle of pure references throws). */
function followRefs(document: OpenApiDocument, node: JsonNode, pointer: string): { node: JsonNode; pointer: string } {
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) throw new Error(`$ref cycle at ${node.$ref}`);
    seen.add(node.$ref);
    pointer = node.$ref;
    node = resolveRef(document, node.$ref);
  }
  return { node, pointer };
}

/**
 * Walks `keys` from the document root, following a `$ref` at every step. Answers the node reached and
 * its JSON pointer (`#/components/...` when the last step went through a reference), or undefined when
 * a key is missing.
 */
export function locate(document: OpenApiDocument, keys: string[]): { node: JsonNode; pointer: string } | undefined {
  let here = { node: document as JsonNode, pointer: '#' };
  for (const key of keys) {
    here = followRefs(document, here.node, here.pointer);
    const next: JsonNode | undefined = isObject(here.node) ? here.node[key] : undefined;
    if (next === undefined) return undefined;
    here = { node: next, pointer: `${here.pointer}/${escapePointer(key)}` };
  }
  return followRefs(document, here.node, here.pointer);
}

/**
 * A copy of `node` with every local `$ref` inlined. A reference that recurs inside itself (a tree
 * schema) is cut there to `{}` (anything), so the result is finite; siblings of a `$ref` are dropped,
 * as OpenAPI 3.0 ignores them.
 */
export function dereference(document: OpenApiDocument, node: JsonNode, inside: ReadonlySet<string> = new Set()): JsonNode {
  if (Array.isArray(node)) return node.map((item) => dereference(document, item, inside));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') {
    if (inside.has(node.$ref)) return {};
    return dereference(document, resolveRef(document, node.$ref), new Set([...inside, node.$ref]));
  }
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) copy[key] = dereference(document, value, inside);
  return copy;
}
