/**
 * The Unified API resource factory (src/catalog/unified/resource.ts): what it derives from a table row.
 */
import { describe, expect, it } from 'vitest';
import { ofAdProduct, resourceFolders, type UnifiedResource } from '../../../src/catalog/unified/resource.js';
import type { RequestSpec } from '../../../src/catalog/types.js';

const options = { beta: false, docs: 'https://example.test/docs' };

const row = (folder: string, extra: Partial<UnifiedResource> = {}): UnifiedResource => ({
  folder,
  path: folder.toLowerCase(),
  about: `About ${folder}.`,
  context: 'account',
  sampleId: 'id-1',
  entity: { name: folder },
  operations: ['create'],
  ...extra,
});

describe('ofAdProduct', () => {
  it('adds the product to folder and path and gives its context, unless the row states one', () => {
    const [labels, commitments] = ofAdProduct('dsp', [
      { folder: 'Labels', path: 'labels', about: 'a', sampleId: 'x', operations: ['query'] },
      { folder: 'Commitments', path: 'commitments', about: 'b', context: 'profile', sampleId: 'y', operations: ['list'] },
    ]);
    expect([labels.folder, labels.path, labels.context]).toEqual(['Labels (DSP)', 'labels/dsp', 'account']);
    expect([commitments.folder, commitments.path, commitments.context]).toEqual(['Commitments (DSP)', 'commitments/dsp', 'profile']);
    const [reservations] = ofAdProduct('sb', [{ folder: 'Keyword reservations', path: 'keywordReservations', about: 'c', sampleId: 'z', operations: ['create'] }]);
    expect([reservations.folder, reservations.path, reservations.context]).toEqual(['Keyword reservations (Sponsored Brands)', 'keywordReservations/sb', 'account-profile']);
  });
});

describe('resourceFolders', () => {
  it('orders the folders by name, whatever order the table groups its rows in', () => {
    const folders = resourceFolders([row('Targets'), row('Ad groups'), ...ofAdProduct('dsp', [row('Labels')]), row('Ads')], options);
    expect(folders.map((f) => f.name)).toEqual(['Ad groups', 'Ads', 'Labels (DSP)', 'Targets']);
  });

  it('creates the entity that is only its id when a row states no entity', () => {
    const [validations] = resourceFolders([row('Keyword validations', { path: 'keywordValidations', idKey: 'keyword', sampleId: 'trail outfitters', entity: undefined })], options);
    const create = validations.items[0] as RequestSpec;
    expect(create.body).toEqual({ mode: 'raw', example: { keywordValidations: [{ keyword: 'trail outfitters' }] } });
  });
});
