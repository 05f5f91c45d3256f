/**
 * The script prelude: helpers several sandbox scripts share, written once here and inlined by the
 * build (src/generate/script-prelude.ts) into each script that asks for them with a line
 * `// @prelude <part> <part> ...` - sandbox scripts cannot `require` each other.
 *
 * Besides these parts the build writes `var CAUSE = {...}` into every script that uses `CAUSE.<id>`:
 * the ids it uses, taken from the runner's cause table (src/run/causes.ts), so a script cannot
 * name a cause the runner does not know.
 *
 * A part that stands on its own (no `pm`, no `CAUSE`) can also be Node's home of a rule the sandbox and
 * the runner share: Node takes its helpers through `preludeExports` (node-exports.ts) instead of a copy.
 */
export const preludeParts = {
  /** value(name): a variable as trimmed text, '' when unset. */
  value: { file: 'value.js', needs: [] },
  /** AUTH_REQUEST_NAMES and isAuthRequest(): the Login with Amazon requests the collection scripts skip. */
  'auth-requests': { file: 'auth-requests.js', needs: ['value'] },
  /** oauthErrorMessage(error, grantType): the failure line for a Login with Amazon OAuth error id. */
  'oauth-errors': { file: 'oauth-errors.js', needs: [] },
  /** storeTokens(body): access_token, token_expires_at and a rotated refresh_token into the environment. */
  'store-tokens': { file: 'store-tokens.js', needs: [] },
  /** failTest(name, message): a failed test (the message starts with CAUSE.<id>). */
  'fail-test': { file: 'fail-test.js', needs: [] },
  /** maxPages(), pagedAnswer(), turnPage(), nextToken repeat check, request body paging: what every paged request shares. */
  paging: { file: 'paging.js', needs: ['value'] },
  /** campaignList() and its paging helpers: the state both events of list-campaigns share. */
  'campaign-list': { file: 'campaign-list.js', needs: ['value', 'paging', 'fail-test'] },
  /** unifiedQuery(): the list key, label and paging state both events of page-unified-query share. */
  'unified-query': { file: 'unified-query.js', needs: ['value', 'paging', 'fail-test'] },
  /** ACCOUNT_PAGING and clearAccountPaging(): the paging state both events of select-account share. */
  'account-paging': { file: 'account-paging.js', needs: ['paging'] },
  /** DAY_MS, isoDay(ms), todayMs(): UTC calendar days for the scripts that compute dates. */
  dates: { file: 'dates.js', needs: [] },
  /** parseKeepingProfileIds(text): JSON with every profileId number kept digit for digit (ids above 2^53; `npm run auth` too). */
  'profile-ids': { file: 'profile-ids.js', needs: [] },
  /** shownName(name, limit), PROFILE_NAME_CAP: a name cut to a length without splitting a character (the runner's too). */
  'shown-name': { file: 'shown-name.js', needs: [] },
  /** RETRY_BUDGET, retryKindOf(code), retryWaitMs(response, attempt): which answers are retried and how long to wait. */
  retry: { file: 'retry.js', needs: ['value'] },
  /** tokenHostOf(url), tokenBodyOf(response), tokenRetryKind(code, body), tokenGiveUpMessage(...): token endpoint answers. */
  'token-answers': { file: 'token-answers.js', needs: ['retry'] },
} as const satisfies Record<string, { file: string; needs: readonly string[] }>;

export type PreludePart = keyof typeof preludeParts;
