/** Every request and folder of the catalog explains itself and links to the Amazon Ads documentation. */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import type { FolderSpec, RequestSpec } from '../../src/catalog/types.js';

const requests: Array<[string, RequestSpec]> = [];
const folders: Array<[string, FolderSpec]> = [];
const visit = (items: Array<RequestSpec | FolderSpec>, path: string[]) => {
  for (const item of items) {
    const place = [...path, item.name].join(' / ');
    if (item.kind === 'folder') {
      folders.push([place, item]);
      visit(item.items, [...path, item.name]);
    } else requests.push([place, item]);
  }
};
visit(catalog, []);

describe('descriptions and documentation links', () => {
  it('the catalog holds all 244 requests (and the 115 of the Unified API folder)', () => {
    expect(requests.filter(([place]) => !place.startsWith('Unified API /'))).toHaveLength(244);
    expect(requests.filter(([place]) => place.startsWith('Unified API /'))).toHaveLength(115);
  });

  it.each(requests)('%s', (_, spec) => {
    expect(spec.description.length, 'a sentence or more').toBeGreaterThan(30);
    expect(spec.description.toLowerCase()).not.toBe(spec.name.toLowerCase());
    const link = spec.docs ?? /\((https:\/\/advertising\.amazon\.com[^)]*)\)/.exec(spec.description)?.[1];
    expect(link, 'a documentation link').toMatch(/^https:\/\/advertising\.amazon\.com\/API\/docs\/en-us\//);
  });

  it('every folder has a description', () => {
    for (const [place, folder] of folders) expect(folder.description.length, place).toBeGreaterThan(10);
  });

  it('folders give their documentation link in docs, not written into the description', () => {
    const documented = folders.filter(([, folder]) => folder.docs !== undefined);
    expect(documented.length, 'folders with a docs link').toBeGreaterThanOrEqual(42);
    for (const [place, folder] of folders) {
      expect(folder.description, place).not.toContain('[Amazon Ads documentation](');
      if (folder.docs !== undefined) expect(folder.docs, place).toMatch(/^https:\/\/advertising\.amazon\.com\/API\/docs\/en-us\//);
    }
  });
});
