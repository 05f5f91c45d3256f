import { describe, expect, it } from 'vitest';
import { expandHeaders, headerSets } from '../../src/generate/expand-headers.js';

const pairs = (headers: Array<{ key: string; value: string }>) => headers.map((h) => `${h.key}: ${h.value}`);

describe('expandHeaders', () => {
  it('adds no Ads headers for the none set (Login with Amazon requests)', () => {
    expect(expandHeaders({ headers: 'none' })).toEqual([]);
  });

  it('adds the client id for the account set, without a scope or an Authorization header (collection auth sends the token)', () => {
    expect(pairs(expandHeaders({ headers: 'account' }))).toEqual(['Amazon-Advertising-API-ClientId: {{client_id}}']);
  });

  it('adds the profile scope on top of the account set for the profile set', () => {
    expect(pairs(expandHeaders({ headers: 'profile' }))).toEqual([
      'Amazon-Advertising-API-ClientId: {{client_id}}',
      'Amazon-Advertising-API-Scope: {{profileId}}',
    ]);
  });

  it('expands media type keys into Accept and Content-Type, then appends extra headers', () => {
    const headers = expandHeaders({
      headers: 'profile',
      accept: 'spCampaign',
      contentType: 'sbCampaign',
      extraHeaders: [{ key: 'Prefer', value: 'return=representation' }],
    });
    expect(pairs(headers).slice(2)).toEqual([
      'Accept: application/vnd.spCampaign.v3+json',
      'Content-Type: application/vnd.sbcampaignresource.v4+json',
      'Prefer: return=representation',
    ]);
  });

  it('returns copies, so a caller cannot change the shared header sets', () => {
    const headers = expandHeaders({ headers: 'account' });
    headers[0].value = 'changed';
    expect(headerSets.account[0].value).toBe('{{client_id}}');
  });
});
