/**
 * Retry timing, a rule both sides apply: which answers of the token endpoint and the Ads API are worth
 * another try, how many tries each kind gets in the collection, the longest wait and how a Retry-After
 * header reads. The scripts (check-response, refresh-token, store-token: src/scripts/lib/retry.js and
 * token-answers.js) import it, bundled by the build; `npm run auth`'s code exchange imports it too
 * (src/auth/exchange-code.ts, fetch-within.ts).
 */

/** Retries per kind in the collection: throttled (429) 5, server_error (500/502/503/504) 3, unauthorized (401) 1. */
export const RETRY_BUDGET = { throttled: 5, server_error: 3, unauthorized: 1 };

/** The 5xx answers worth another try. */
export const RETRY_SERVER_ERRORS = [500, 502, 503, 504];

/** The longest wait before a retry, whatever Retry-After says (the collection's retry_after_cap_seconds default). */
export const RETRY_WAIT_CAP_SECONDS = 30;

/** OAuth error ids that say "try again later", not "your request is wrong". */
export const TRANSIENT_OAUTH_ERRORS = ['server_error', 'temporarily_unavailable'];

/** A Retry-After header (delay-seconds or an HTTP date) in seconds from `now`; NaN when absent or unreadable. */
export function retryAfterSeconds(header: unknown, now: number = Date.now()): number {
  if (header === undefined || header === null || String(header).trim() === '') {
    return NaN;
  }
  const text = String(header).trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    return Number(text);
  }
  const date = Date.parse(text);
  return isNaN(date) ? NaN : Math.max(0, (date - now) / 1000);
}

/** Why a token endpoint answer is worth another try: 'throttled' (429), 'server_error' (5xx, a transient OAuth error), else ''. */
export function tokenRetryKindOf(status: number, oauthError: unknown): 'throttled' | 'server_error' | '' {
  if (status === 429) {
    return 'throttled';
  }
  if (RETRY_SERVER_ERRORS.indexOf(status) !== -1 || TRANSIENT_OAUTH_ERRORS.indexOf(String(oauthError)) !== -1) {
    return 'server_error';
  }
  return '';
}
