/**
 * spResourceRequests: an SP v3 resource sends and accepts its media type and links the v3 reference.
 */
import { describe, expect, it } from 'vitest';
import { spResourceRequests, spV3Docs } from '../../src/catalog/sponsored-products/v3-resource.js';

describe('spResourceRequests', () => {
  it('uses the media type both ways and the v3 reference, and keeps the ids it is given', () => {
    const adGroups = spResourceRequests({ url: '{{api_url}}/sp/adGroups', mediaType: 'spAdGroup', listKey: 'adGroups', id: 'adGroupId' });
    const list = adGroups.list({ name: 'List ad groups', description: 'Lists.' });
    expect(list).toMatchObject({ method: 'POST', url: '{{api_url}}/sp/adGroups/list', accept: 'spAdGroup', contentType: 'spAdGroup', docs: spV3Docs });
    expect(list.scripts).toEqual({ test: [{ name: 'store-ids', params: { variable: 'adGroupId', from: 'adGroups[0].adGroupId' } }] });
    expect(spV3Docs).toBe('https://advertising.amazon.com/API/docs/en-us/sponsored-products/3-0/openapi/prod');
  });
});
