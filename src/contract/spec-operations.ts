/**
 * The operations of the specs and the one a collection request calls. A request is matched by method +
 * path: the host variable (`{{api_url}}`, or a regional Amazon host) and the query are dropped, and
 * `{{var}}`, `:var` and `{param}` segments are all "a variable" (`normaliseEndpoint`). When no operation
 * has exactly that shape, a spec's `{param}` segment also matches a fixed segment of ours (the fewest
 * such stand-ins win). Among specs declaring the same operation the first by precedence answers
 * (`reference-specs.ts`).
 */
import { normaliseEndpoint } from './normalise-endpoint.js';
import type { NamedDocument } from './compile-schema.js';
import type { JsonNode } from './read-openapi.js';
import { escapePointer } from './resolve-refs.js';

export const operationMethods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;

export interface SpecOperation {
  /** The spec's file name (also its name for `specSchemas`). */
  spec: string;
  /** The spec's own path, e.g. `/sp/campaigns/{campaignId}`, and the lower-case method. */
  path: string;
  method: string;
  /** `METHOD /path/{}/...`, the matching key. */
  key: string;
  /** JSON pointer of the operation object in its document: `#/paths/~1sp~1campaigns/post`. */
  pointer: string;
  operation: { [key: string]: JsonNode };
  document: NamedDocument['document'];
}

/** Every operation of the specs, one per method + path shape (the first spec by precedence wins). */
export function specOperations(specs: NamedDocument[]): SpecOperation[] {
  const byKey = new Map<string, SpecOperation>();
  for (const { name, document } of specs) {
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const method of operationMethods) {
        const operation = item[method];
        if (typeof operation !== 'object' || operation === null || Array.isArray(operation)) continue;
        const key = normaliseEndpoint(method, path);
        if (byKey.has(key)) continue;
        byKey.set(key, { spec: name, path, method, key, pointer: `#/paths/${escapePointer(path)}/${method}`, operation, document });
      }
    }
  }
  return [...byKey.values()];
}

const segments = (key: string) => key.split(' ')[1].split('/');

/** A lookup from a request's method + URL (collection form) to its spec operation, or undefined. */
export function operationMatcher(operations: SpecOperation[]): (method: string, url: string) => SpecOperation | undefined {
  const byKey = new Map(operations.map((operation) => [operation.key, operation]));
  return (method, url) => {
    const key = normaliseEndpoint(method, url);
    const exact = byKey.get(key);
    if (exact) return exact;
    const wanted = segments(key);
    const verb = key.split(' ')[0];
    let best: { operation: SpecOperation; standIns: number } | undefined;
    for (const operation of operations) {
      if (!operation.key.startsWith(`${verb} `)) continue;
      const theirs = segments(operation.key);
      if (theirs.length !== wanted.length) continue;
      let standIns = 0;
      const fits = theirs.every((part, i) => part === wanted[i] || (part === '{}' && ++standIns > 0));
      if (fits && (!best || standIns < best.standIns)) best = { operation, standIns };
    }
    return best?.operation;
  };
}
