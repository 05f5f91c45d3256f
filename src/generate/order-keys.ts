/**
 * Puts the keys of every object in a generated document in one fixed, readable order (name before
 * details, key before value), whatever order the SDK happened to assign them in. Keys not listed keep
 * their relative order after the listed ones.
 */
export const postmanKeyOrder = [
  'info', '_postman_id', 'id', 'name', 'schema', 'listen', 'script',
  'key', 'value', 'content', 'type', 'exec', 'enabled', 'disabled',
  'originalRequest', 'status', 'code', '_postman_previewlanguage',
  'method', 'header', 'mode', 'raw', 'options', 'urlencoded', 'formdata', 'body',
  'url', 'host', 'path', 'query', 'variable',
  'cookie', 'responseTime',
  'description', 'auth', 'request', 'response', 'item', 'event',
] as const;

export function orderKeys<T>(value: T, order: readonly string[] = postmanKeyOrder): T {
  const ranks = new Map(order.map((key, index) => [key, index]));
  const rank = (key: string) => ranks.get(key) ?? order.length;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const keys = Object.keys(node).sort((a, b) => rank(a) - rank(b)); // stable sort: unlisted keys keep their order
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = visit((node as Record<string, unknown>)[key]);
    return out;
  };
  return visit(value) as T;
}
