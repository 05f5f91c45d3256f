/**
 * The Sponsored Brands family helper: a version 4 resource sends and accepts its vendor media type, a
 * version 3 one sends plain JSON without Accept, both at /sb/<path> with the family's docs link.
 */
import { describe, expect, it } from 'vitest';
import { sbDocs, sbResourceRequests } from '../../../src/catalog/sponsored-brands/sb-resource.js';

const own = { name: 'x', description: 'y', example: {} };

describe('sbResourceRequests', () => {
  it('gives a version 4 resource its vendor media type both ways', () => {
    expect(sbResourceRequests('v4/campaigns', 'sbCampaign').create(own)).toMatchObject({
      method: 'POST',
      url: '{{api_url}}/sb/v4/campaigns',
      accept: 'sbCampaign',
      contentType: 'sbCampaign',
      docs: sbDocs,
    });
  });

  it('sends plain JSON without Accept for a version 3 resource', () => {
    const update = sbResourceRequests('keywords').update(own);
    expect(update).toMatchObject({ method: 'PUT', url: '{{api_url}}/sb/keywords', contentType: 'json', docs: sbDocs });
    expect(update).not.toHaveProperty('accept');
  });
});
