import { describe, expect, it } from 'vitest';
import { adsHeadersRule } from '../../../src/validate/rules/ads-headers.js';
import { asCollection, findRequest, goodCollection, goodFiles } from '../fixtures/postman.js';

describe('ads-headers rule', () => {
  it('passes Ads API requests with both headers, and ignores non-Ads URLs (the token endpoint)', () => {
    expect(adsHeadersRule.check(goodFiles())).toEqual([]);
  });

  it('fails when the client id header is missing', () => {
    const collection = goodCollection();
    const request = findRequest(collection, 'Profiles').request;
    request.header = request.header.filter((h: any) => h.key !== 'Amazon-Advertising-API-ClientId');
    const problems = adsHeadersRule.check([asCollection(collection)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: 'Accounts / Profiles', problem: 'no Amazon-Advertising-API-ClientId header' });
  });

  it('fails when a header is only present disabled', () => {
    const collection = goodCollection();
    findRequest(collection, 'List campaigns').request.header[1].disabled = true;
    const problems = adsHeadersRule.check([asCollection(collection)]);
    expect(problems.map((p) => p.problem)).toEqual(['no Authorization header']);
  });

  it('fails on an Authorization header without Bearer', () => {
    const collection = goodCollection();
    findRequest(collection, 'Delete campaigns').request.header[1].value = '{{access_token}}';
    expect(adsHeadersRule.check([asCollection(collection)])[0].problem).toContain('not "Bearer <token>"');
  });

  it('accepts bearer auth inherited from a folder instead of the header', () => {
    const collection = goodCollection();
    const request = findRequest(collection, 'List campaigns').request;
    request.header = request.header.filter((h: any) => h.key !== 'Authorization');
    expect(adsHeadersRule.check([asCollection(collection)])).toHaveLength(1);
    collection.item[2].auth = { type: 'bearer', bearer: [{ key: 'token', value: '{{access_token}}' }] };
    expect(adsHeadersRule.check([asCollection(collection)])).toEqual([]);
  });

  it('accepts bearer auth set once on the collection, and fails an Ads request that opts out with noauth', () => {
    const collection = goodCollection();
    for (const name of ['Profiles', 'List campaigns', 'Delete campaigns']) {
      const request = findRequest(collection, name).request;
      request.header = request.header.filter((h: any) => h.key !== 'Authorization');
    }
    collection.auth = { type: 'bearer', bearer: [{ key: 'token', value: '{{access_token}}' }] };
    expect(adsHeadersRule.check([asCollection(collection)])).toEqual([]);
    findRequest(collection, 'Profiles').request.auth = { type: 'noauth' };
    expect(adsHeadersRule.check([asCollection(collection)]).map((p) => [p.where, p.problem])).toEqual([['Accounts / Profiles', 'no Authorization header']]);
  });
});
