/**
 * Step 3 of `npm run auth`: the authorization code traded for a refresh token at the region's LWA
 * token endpoint (application/x-www-form-urlencoded). OAuth errors become one line naming the cause.
 */
import { RunFailure } from '../errors.js';

export interface CodeExchangeInput {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  fetch?: typeof fetch;
}

export interface TokenGrant {
  access_token: string;
  refresh_token: string;
  token_type?: string;
  expires_in?: number;
}

/** The explanation of an OAuth error from the token endpoint, starting with its cause id. */
export function explainTokenError(error: string, description = ''): string {
  const said = description.toLowerCase();
  switch (error) {
    case 'invalid_grant':
      if (said.includes('redirect')) {
        return 'invalid_grant: the redirect_uri differs from the one in the authorization URL - pass the same --redirect-uri to both steps (it must also be an allowed return URL of the security profile)';
      }
      if (said.includes('expired')) {
        return 'invalid_grant: the authorization code expired (codes live 5 minutes) - run npm run auth again and finish within 5 minutes';
      }
      if (said.includes('used') || said.includes('redeemed')) {
        return 'invalid_grant: the authorization code was already used (each code works once) - run npm run auth again for a fresh code';
      }
      if (said.includes('another client') || said.includes('other client')) {
        return 'invalid_grant: the authorization code was issued to another client id - use the client id of the authorization URL the code came from';
      }
      return 'invalid_grant: the authorization code was rejected - it expired (codes live 5 minutes), was already used (each code works once), or the redirect_uri differs from the one in the authorization URL; run npm run auth again';
    case 'invalid_client':
      return 'invalid_client: wrong client id or client secret - copy both from the security profile (Web Settings) in the Amazon developer console';
    case 'unauthorized_client':
      return 'unauthorized_client: this client may not use authorization codes - check the security profile in the Amazon developer console';
    case 'invalid_request':
      return `invalid_request: the token request was refused as malformed${said.includes('redirect') ? ' (redirect_uri)' : ''} - check --redirect-uri, --client-id and the code`;
    case 'unsupported_grant_type':
      return 'unsupported_grant_type: the token URL does not accept authorization codes - check --token-url / AMAZON_ADS_TOKEN_URL';
    case 'invalid_scope':
      return 'invalid_scope: the scope advertising::campaign_management was refused - is the app approved for the Amazon Ads API?';
    default:
      return `${error}: the token endpoint refused the code - run npm run auth again`;
  }
}

/** POSTs grant_type=authorization_code; resolves with the grant or throws RunFailure (exit 1). */
export async function exchangeCode(input: CodeExchangeInput): Promise<TokenGrant> {
  const doFetch = input.fetch ?? fetch;
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
    client_id: input.clientId,
    client_secret: input.clientSecret,
  });
  let response: Response;
  try {
    response = await doFetch(input.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', accept: 'application/json' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new RunFailure(`token_request_failed: could not reach the token URL ${input.tokenUrl} (${networkCause(error)}) - check --token-url / AMAZON_ADS_TOKEN_URL and your connection`);
  }
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  if (json && typeof json.error === 'string') {
    throw new RunFailure(explainTokenError(json.error, typeof json.error_description === 'string' ? json.error_description : ''));
  }
  if (!response.ok) {
    throw new RunFailure(`token_request_failed: the token URL answered HTTP ${response.status} without an OAuth error - check --token-url / AMAZON_ADS_TOKEN_URL`);
  }
  if (!json || typeof json.refresh_token !== 'string' || typeof json.access_token !== 'string' || json.refresh_token === '') {
    throw new RunFailure('token_request_failed: the token URL answered without an access_token and refresh_token - check --token-url / AMAZON_ADS_TOKEN_URL');
  }
  return {
    access_token: json.access_token,
    refresh_token: json.refresh_token,
    token_type: typeof json.token_type === 'string' ? json.token_type : undefined,
    expires_in: typeof json.expires_in === 'number' ? json.expires_in : undefined,
  };
}

/** A short name for why a fetch failed (ECONNREFUSED, ENOTFOUND, timeout, ...). */
export function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return cause.code;
  if ((error as Error)?.name === 'TimeoutError') return 'timed out';
  return cause?.message ?? (error as Error)?.message ?? String(error);
}
