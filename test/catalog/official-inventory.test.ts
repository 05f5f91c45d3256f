/**
 * The folders this catalog owns match the official collection's facts: request names and order,
 * methods, URLs, the Ads headers and the media types (read from ../shared/reference when present).
 */
import { describe, expect, it } from 'vitest';
import { expandHeaders } from '../../src/generate/expand-headers.js';
import { collectionAuth, requestAuth } from '../../src/generate/to-postman-auth.js';
import { catalog } from '../../src/catalog/index.js';
import type { FolderSpec, RequestSpec } from '../../src/catalog/types.js';
import { officialInventoryPresent, officialInventoryRows } from '../support/official-inventory.js';


function requestsIn(path: string[]): RequestSpec[] {
  let items: Array<RequestSpec | FolderSpec> = catalog;
  for (const name of path) {
    const found = items.find((i): i is FolderSpec => i.kind === 'folder' && i.name === name);
    if (!found) throw new Error(`no folder ${path.join(' / ')}`);
    items = found.items;
  }
  return items.filter((i): i is RequestSpec => i.kind === 'request');
}

const owned = [['Auth'], ['Accounts'], ['First call'], ['Sponsored Products', 'Campaigns']];

const present = officialInventoryPresent();

describe.skipIf(!present)('catalog vs the official inventory', () => {
  const rows = officialInventoryRows();

  it.each(owned.map((path) => [path.join(' / '), path] as const))('%s: same request names in the same order', (_, path) => {
    const official = rows.filter((r) => r.folder.join('/') === path.join('/')).map((r) => r.name);
    expect(official.length).toBeGreaterThan(0);
    expect(requestsIn(path).map((r) => r.name)).toEqual(official);
  });

  it.each(owned.map((path) => [path.join(' / '), path] as const))('%s: same method, URL and official headers', (_, path) => {
    for (const spec of requestsIn(path)) {
      const row = rows.find((r) => r.folder.join('/') === path.join('/') && r.name === spec.name)!;
      expect(spec.method, spec.name).toBe(row.method);
      expect(spec.url, spec.name).toBe(row.url.split('?')[0]);
      const ours: Record<string, string> = Object.fromEntries(expandHeaders(spec).map((h) => [h.key, h.value]));
      // the bearer token comes from the collection's auth unless the request says noauth
      if (!requestAuth(spec.headers)) ours.Authorization = `Bearer ${collectionAuth().parameters().get('token')}`;
      // every official header is present with the same value (we may send more, e.g. Content-Type)
      for (const [key, value] of Object.entries(row.headers)) expect(ours[key], `${spec.name}: ${key}`).toBe(value);
    }
  });
});
