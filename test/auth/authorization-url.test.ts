import { describe, expect, it } from 'vitest';
import { ADS_SCOPE, buildAuthorizationUrl } from '../../src/auth/authorization-url.js';
import { regions } from '../../src/core/regions.js';

describe('buildAuthorizationUrl', () => {
  it("puts client_id, the Ads scope, response_type=code, redirect_uri and state on the region's consent URL", () => {
    const url = new URL(
      buildAuthorizationUrl({
        authGrantUrl: regions.eu.auth_grant_url,
        clientId: 'amzn1.application-oa2-client.abc',
        redirectUri: 'http://localhost:8765/callback',
        state: 'st-1',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://eu.account.amazon.com/ap/oa');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'amzn1.application-oa2-client.abc',
      scope: 'advertising::campaign_management',
      response_type: 'code',
      redirect_uri: 'http://localhost:8765/callback',
      state: 'st-1',
    });
    expect(ADS_SCOPE).toBe('advertising::campaign_management');
  });

  it('encodes the redirect_uri so its own query survives', () => {
    const url = new URL(
      buildAuthorizationUrl({ authGrantUrl: 'http://127.0.0.1:9/ap/oa', clientId: 'c', redirectUri: 'https://example.com/cb?x=1&y=2', state: 's' }),
    );
    expect(url.searchParams.get('redirect_uri')).toBe('https://example.com/cb?x=1&y=2');
  });
});
