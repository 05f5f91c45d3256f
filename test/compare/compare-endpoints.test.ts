import { describe, expect, it } from 'vitest';
import { compareEndpoints } from '../../src/compare/compare-endpoints.js';
import { formatCoverage } from '../../src/compare/format-coverage.js';
import { listEndpoints } from '../../src/compare/list-endpoints.js';
import type { PostmanCollectionJson } from '../../src/compare/read-collection.js';

const request = (name: string, method: string, url: unknown) => ({ name, request: { method, url } });

// v2.0-style: string URLs, a request given as a bare URL string, a nested folder.
const theirs: PostmanCollectionJson = {
  info: { schema: 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json' },
  item: [
    { name: 'Accounts', item: [request('Profiles', 'GET', '{{api_url}}/v2/profiles'), { name: 'Bare', request: '{{api_url}}/managerAccounts' }] },
    {
      name: 'Sponsored Products',
      item: [
        { name: 'Ad groups', item: [request('List ad groups', 'POST', '{{api_url}}/sp/adGroups/list')] },
        request('Delete keyword', 'DELETE', '{{api_url}}/sp/keywords/{{keywordId}}'),
      ],
    },
  ],
};

// v2.1-style: URL objects with raw, different variable names, a request the other side lacks.
const ours: PostmanCollectionJson = {
  info: { schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  item: [
    { name: 'Accounts', item: [request('Profiles', 'GET', { raw: '{{api_url}}/v2/profiles', host: ['{{api_url}}'], path: ['v2', 'profiles'] })] },
    { name: 'Sponsored Products', item: [request('List ad groups', 'POST', { raw: '{{api_url}}/sp/adGroups/list' }), request('Delete keyword', 'DELETE', { raw: '{{api_url}}/sp/keywords/:keywordId' })] },
    { name: 'Extra', item: [request('Brands', 'GET', { raw: '{{api_url}}/brands' })] },
  ],
};

describe('listEndpoints + compareEndpoints', () => {
  it('lists requests of v2.0 and v2.1 collections with their folder path', () => {
    const list = listEndpoints(theirs);
    expect(list.map((e) => [e.folder.join('/'), e.name, e.key])).toEqual([
      ['Accounts', 'Profiles', 'GET /v2/profiles'],
      ['Accounts', 'Bare', 'GET /managerAccounts'],
      ['Sponsored Products/Ad groups', 'List ad groups', 'POST /sp/adGroups/list'],
      ['Sponsored Products', 'Delete keyword', 'DELETE /sp/keywords/{}'],
    ]);
  });

  it('counts coverage per top-level folder of the other collection and names what each side lacks', () => {
    const coverage = compareEndpoints(listEndpoints(ours), listEndpoints(theirs));
    expect(coverage.folders).toEqual([
      { folder: 'Accounts', covered: 1, total: 2 },
      { folder: 'Sponsored Products', covered: 2, total: 2 },
    ]);
    expect([coverage.covered, coverage.total]).toEqual([3, 4]);
    expect(coverage.missingFromOurs.map((e) => e.key)).toEqual(['GET /managerAccounts']);
    expect(coverage.onlyInOurs.map((e) => e.key)).toEqual(['GET /brands']);
  });

  it('prints folder lines, the total and both lists', () => {
    const text = formatCoverage(compareEndpoints(listEndpoints(ours), listEndpoints(theirs)), { ours: 'ours', theirs: 'other.json' });
    expect(text).toMatch(/^ {2}Accounts +1\/2$/m);
    expect(text).toMatch(/^ {2}Sponsored Products +2\/2$/m);
    expect(text).toContain('coverage 3/4\n');
    expect(text).toContain('missing from ours (1):\n  GET /managerAccounts  (Accounts / Bare)\n');
    expect(text).toContain('only in ours (1):\n  GET /brands  (Extra / Brands)\n');
  });
});
