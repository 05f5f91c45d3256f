/**
 * Puts the keys of every object in a generated document in one fixed, readable order (name before
 * details, key before value), whatever order the SDK happened to assign them in. Keys not listed keep
 * their relative order after the listed ones.
 */
export const postmanKeyOrder = [
  'info', '_postman_id', 'id', 'name', 'schema', 'listen', 'script',
  'key', 'value', 'content', 'type', 'exec', 'enabled', 'disabled',
  'method', 'header', 'mode', 'raw', 'options', 'urlencoded', 'formdata', 'body',
  'url', 'host', 'path', 'query', 'variable',
  'description', 'request', 'response', 'item', 'event',
] as const;

export function orderKeys<T>(value: T, order: readonly string[] = postmanKeyOrder): T {
  if (Array.isArray(value)) return value.map((entry) => orderKeys(entry, order)) as T;
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, orderKeys((value as Record<string, unknown>)[key], order)])) as T;
}
