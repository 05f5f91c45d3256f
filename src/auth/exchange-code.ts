/**
 * Step 3 of `npm run auth`: the authorization code traded for a refresh token at the region's LWA
 * token endpoint (application/x-www-form-urlencoded). OAuth errors become one line naming the cause.
 * A 429, a 5xx or an OAuth server_error / temporarily_unavailable is retried (Login with Amazon did
 * not take the code, so it is still good), at most `TOKEN_RETRIES` times, waiting as the Retry-After
 * header says (capped) or 1, 2, 4 s. The whole answer must arrive within `timeoutMs` (fetch-within.ts).
 */
import { RunFailure } from '../errors.js';
import { DEFAULT_TIMEOUT_REQUEST_MS } from '../config/options.js';
import { AnswerTimeout, fetchWithin, retryAfterSecondsOf, type Answer } from './fetch-within.js';
// which answers are retried and the longest wait: the rule the collection's token scripts apply too
import { RETRY_WAIT_CAP_SECONDS, tokenRetryKindOf } from '../rules/retry-timing.js';

/** Retries of a token request answered 429 / 5xx / a transient OAuth error. */
export const TOKEN_RETRIES = 3;

export interface CodeExchangeInput {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  fetch?: typeof fetch;
  /** Limit of each attempt, its body included (--timeout-request); default 60 s. */
  timeoutMs?: number;
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
    case 'server_error':
    case 'temporarily_unavailable':
      return `server_error: Login with Amazon answered ${error} (a fault on its side, not in your client id or code) - run npm run auth again in a few minutes`;
    default:
      return `${error}: the token endpoint refused the code - run npm run auth again`;
  }
}

/** `host[:port]` of a URL, for messages (never its path or query). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function jsonObjectOf(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why an answer is worth another try: 'throttled' (429), 'server_error' (5xx, transient OAuth error), else undefined. */
function transientKindOf(answer: Answer, json: Record<string, unknown> | undefined): 'throttled' | 'server_error' | undefined {
  return tokenRetryKindOf(answer.status, json?.error) || undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs grant_type=authorization_code; resolves with the grant or throws RunFailure (exit 1). */
export async function exchangeCode(input: CodeExchangeInput): Promise<TokenGrant> {
  const doFetch = input.fetch ?? fetch;
  const host = hostOf(input.tokenUrl);
  const limitMs = input.timeoutMs ?? DEFAULT_TIMEOUT_REQUEST_MS;
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
    client_id: input.clientId,
    client_secret: input.clientSecret,
  });
  for (let attempt = 0; ; attempt++) {
    let answer: Answer;
    try {
      answer = await fetchWithin(
        doFetch,
        input.tokenUrl,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', accept: 'application/json' },
          body,
          redirect: 'error',
        },
        limitMs,
      );
    } catch (error) {
      if (error instanceof AnswerTimeout) {
        throw new RunFailure(`timeout: the token URL ${host} sent no complete answer within ${limitMs} ms - raise --timeout-request, or check --token-url / AMAZON_ADS_TOKEN_URL and your connection`);
      }
      throw new RunFailure(`token_request_failed: could not reach the token URL ${input.tokenUrl} (${networkCause(error)}) - check --token-url / AMAZON_ADS_TOKEN_URL and your connection`);
    }
    const json = jsonObjectOf(answer.text);
    const transient = transientKindOf(answer, json);
    if (transient && attempt < TOKEN_RETRIES) {
      const seconds = retryAfterSecondsOf(answer.headers) ?? 2 ** attempt;
      await sleep(Math.min(seconds, RETRY_WAIT_CAP_SECONDS) * 1000);
      continue;
    }
    return grantOf(answer, json, host, transient);
  }
}

/** The grant in an answer, or the RunFailure that says why there is none. */
function grantOf(answer: Answer, json: Record<string, unknown> | undefined, host: string, transient: 'throttled' | 'server_error' | undefined): TokenGrant {
  if (transient === 'throttled') {
    throw new RunFailure(`throttled: the token URL ${host} still answered HTTP 429 after ${TOKEN_RETRIES} retries - Login with Amazon is limiting requests; wait a few minutes and run npm run auth again`);
  }
  if (json && typeof json.error === 'string') {
    throw new RunFailure(explainTokenError(json.error, typeof json.error_description === 'string' ? json.error_description : ''));
  }
  if (transient === 'server_error') {
    throw new RunFailure(`server_error: the token URL ${host} still answered HTTP ${answer.status} after ${TOKEN_RETRIES} retries - Login with Amazon is failing; run npm run auth again later`);
  }
  if (!json) {
    const type = answer.headers.get('content-type')?.split(';')[0]?.trim() || 'no content type';
    throw new RunFailure(`malformed_response: the token URL ${host} answered HTTP ${answer.status} with a body that is not JSON (${type}) - check that --token-url / AMAZON_ADS_TOKEN_URL is the Login with Amazon token endpoint`);
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw new RunFailure(`token_request_failed: the token URL ${host} answered HTTP ${answer.status} without an OAuth error - check --token-url / AMAZON_ADS_TOKEN_URL`);
  }
  if (typeof json.refresh_token !== 'string' || typeof json.access_token !== 'string' || json.refresh_token === '') {
    throw new RunFailure(`token_request_failed: the token URL ${host} answered without an access_token and refresh_token - check --token-url / AMAZON_ADS_TOKEN_URL`);
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
