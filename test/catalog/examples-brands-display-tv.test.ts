/**
 * Saved example responses of the Sponsored Brands, Sponsored Display, Sponsored TV, Snapshots,
 * Locations, Stores and Product metadata folders: every request answers with at least one example
 * whose status, body and content type make sense for it. Also the builders these folders add to
 * src/catalog/examples.ts.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { mediaTypes } from '../../src/catalog/media-types.js';
import { exampleIds, itemResults, moreExampleIds, multiStatusErrors, multiStatusWithEntities, withExampleIds } from '../../src/catalog/examples.js';
import type { FolderSpec, RequestSpec } from '../../src/catalog/types.js';

const folderNames = ['Sponsored Brands', 'Sponsored Display', 'Sponsored TV', 'Snapshots', 'Locations', 'Stores', 'Product metadata'];

const requestsOf = (folder: FolderSpec, path: string[] = []): Array<[string, RequestSpec]> =>
  folder.items.flatMap((item) =>
    item.kind === 'folder' ? requestsOf(item, [...path, folder.name]) : [[[...path, folder.name, item.name].join(' / '), item] as [string, RequestSpec]],
  );

const folders = folderNames.map((name) => catalog.find((folder) => folder.name === name));
const requests = folders.flatMap((folder) => (folder ? requestsOf(folder) : []));

const isSuccess = (status: number) => status >= 200 && status < 300;

describe('saved examples: Sponsored Brands, Display, TV, Snapshots, Locations, Stores, Product metadata', () => {
  it('finds every folder, each with requests', () => {
    for (const [index, folder] of folders.entries()) {
      expect(folder, folderNames[index]).toBeDefined();
      expect(requestsOf(folder as FolderSpec).length, folderNames[index]).toBeGreaterThan(0);
    }
  });

  it.each(requests)('%s', (_, spec) => {
    const examples = spec.examples ?? [];
    expect(examples.length, 'at least one example').toBeGreaterThanOrEqual(1);
    expect(examples.some((example) => isSuccess(example.status)), 'a success answer').toBe(true);
    for (const example of examples) {
      expect(example.name.trim(), 'a name').not.toBe('');
      expect(Number.isInteger(example.status) && example.status >= 100 && example.status <= 599, `status ${example.status}`).toBe(true);
      if (typeof example.body === 'string') expect(() => JSON.parse(example.body as string), example.name).not.toThrow();
      if (example.contentType !== undefined) expect(Object.keys(mediaTypes), example.name).toContain(example.contentType);
      if (spec.accept && isSuccess(example.status)) expect(example.contentType ?? spec.accept, `${example.name}: Content-Type`).toBe(spec.accept);
      expect(JSON.stringify(example.body ?? null), `${example.name}: ids, not {{variables}}`).not.toContain('{{');
    }
  });

  const multiStatusWrites = requests.filter(
    ([, spec]) => /\/(sb\/v4|sb\/beta|st)\//.test(spec.url) && (spec.method === 'PUT' || (spec.method === 'POST' && !spec.url.endsWith('/list'))) && !spec.url.endsWith('/preview'),
  );

  it('covers the version 4 and Sponsored TV writes', () => {
    expect(multiStatusWrites.length).toBeGreaterThanOrEqual(20);
  });

  it.each(multiStatusWrites)('%s answers 207 with a success list and no empty error list', (_, spec) => {
    const answer = (spec.examples ?? []).find((example) => isSuccess(example.status));
    expect(answer?.status).toBe(207);
    const lists = Object.values(answer?.body as Record<string, { success: unknown[]; error?: unknown[] }>);
    expect(lists).toHaveLength(1);
    expect(lists[0].success.length).toBeGreaterThan(0);
    // Sponsored Brands v4 bounds both lists to at least one item; an empty one is left out.
    expect(lists[0].error).toBeUndefined();
  });
});

describe('example builders for these folders', () => {
  it('withExampleIds replaces known {{variables}} by their example ids, deeply, and keeps unknown ones', () => {
    const sent = { ads: [{ adGroupId: '{{adGroupId}}', creative: { videoAssetIds: ['{{assetId}}'] }, note: '{{nope}}', bid: 2 }] };
    expect(withExampleIds(sent)).toEqual({
      ads: [{ adGroupId: exampleIds.adGroupId, creative: { videoAssetIds: [moreExampleIds.assetId] }, note: '{{nope}}', bid: 2 }],
    });
    expect(sent.ads[0].adGroupId).toBe('{{adGroupId}}');
  });

  it('itemResults answers one SUCCESS entry per id, in order', () => {
    expect(itemResults('207', 207, 'keywordId', [1, 2])).toEqual({
      name: '207',
      status: 207,
      body: [
        { code: 'SUCCESS', keywordId: 1 },
        { code: 'SUCCESS', keywordId: 2 },
      ],
    });
  });

  it('multiStatusErrors lists each refused item by index with its typed error and cause', () => {
    const answer = multiStatusErrors('207', 'campaigns', [
      { index: 1, errorType: 'budgetError', reason: 'BUDGET_TOO_LOW', message: 'too low', location: '$.campaigns[1].budget', trigger: '0.5' },
      { index: 2, errorType: 'dateError', reason: 'DATE_IN_PAST', message: 'past', location: '$.campaigns[2].startDate' },
    ]);
    expect(answer.status).toBe(207);
    expect(answer.body).toEqual({
      campaigns: {
        error: [
          {
            index: 1,
            errors: [{ errorType: 'budgetError', errorValue: { budgetError: { reason: 'BUDGET_TOO_LOW', message: 'too low', cause: { location: '$.campaigns[1].budget', trigger: '0.5' } } } }],
          },
          {
            index: 2,
            errors: [{ errorType: 'dateError', errorValue: { dateError: { reason: 'DATE_IN_PAST', message: 'past', cause: { location: '$.campaigns[2].startDate' } } } }],
          },
        ],
      },
    });
  });

  it('multiStatusWithEntities carries each entity, its id and its index', () => {
    const answer = multiStatusWithEntities('207', 'ads', 'ad', 'adId', [{ adId: 'a', name: 'x' }, { adId: 'b', name: 'y' }], { contentType: 'sbAd' });
    expect(answer).toEqual({
      name: '207',
      status: 207,
      contentType: 'sbAd',
      body: {
        ads: {
          success: [
            { ad: { adId: 'a', name: 'x' }, adId: 'a', index: 0 },
            { ad: { adId: 'b', name: 'y' }, adId: 'b', index: 1 },
          ],
        },
      },
    });
  });
});
