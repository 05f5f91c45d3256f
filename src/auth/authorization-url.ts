/**
 * Step 1 of `npm run auth`: the Login with Amazon consent address the user opens in a browser.
 * The state is a fresh value per run (consent-state.ts); the redirect back must carry the same value.
 */

/** The only scope the Ads API needs for campaign management. */
export const ADS_SCOPE = 'advertising::campaign_management';

export interface AuthorizationUrlInput {
  authGrantUrl: string;
  clientId: string;
  redirectUri: string;
  state: string;
  scope?: string;
}

/** The region's consent URL with client_id, scope, response_type=code, redirect_uri and state. */
export function buildAuthorizationUrl(input: AuthorizationUrlInput): string {
  const url = new URL(input.authGrantUrl);
  url.searchParams.set('client_id', input.clientId);
  url.searchParams.set('scope', input.scope ?? ADS_SCOPE);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('redirect_uri', input.redirectUri);
  url.searchParams.set('state', input.state);
  return url.toString();
}
