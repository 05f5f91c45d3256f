/**
 * The Postman sandbox scripts shipped in the collection. Each is a plain .js file in this folder,
 * read at build time and embedded as an event's `exec` lines. A catalog entry names them by key.
 *
 * Every script is written for one event: `prerequest` (Collection v3: `beforeRequest`) or `test`
 * (v3: `afterResponse`). A script that works on both events has one file per event, so no code
 * needs `pm.info.eventName` (whose values differ between Postman's formats); the build picks the
 * file of the event it embeds into and refuses a script on an event it has no file for.
 *
 * A script given parameters in the catalog is embedded after one generated line
 * `const params = {...};` and reads them through `params` (guarded with `typeof params`).
 * A script is an ES module: it imports its helpers from lib/ (sandbox-only: `pm`), the rules the
 * runner applies too from src/rules/, and `failureText` (the form a failure travels in) from
 * src/core/causes/; the build bundles each event's file with what it imports (src/scripts/bundle.ts, through assemble.ts).
 * A script fails with `failureText(CAUSE.<id>, words, fields)`; the build turns `CAUSE.<id>` into the
 * id's text and refuses an id src/core/causes/table.ts does not define.
 */
export type ScriptEvent = 'prerequest' | 'test';

export const scriptFiles = {
  /** Collection prerequest: refreshes the LWA access token when missing or about to expire. */
  'refresh-token': { prerequest: 'refresh-token.js' },
  /** Collection test: retries 429 / 5xx / 401 on the same request, else fails with a cause id. */
  'check-response': { test: 'check-response.js' },
  /** Test of the Auth folder's token requests: stores the tokens the response carries. */
  'store-token': { test: 'store-token.js' },
  /** Test of "Auth grant login": builds the consent page URL for the user to open. */
  'show-consent-url': { test: 'show-consent-url.js' },
  /** Test of Accounts/Profiles: chooses the profile and stores profileId. */
  'select-profile': { test: 'select-profile.js' },
  /** Prerequest + test of First call's list requests (params { adProduct }): pages and counts campaigns. */
  'list-campaigns': { prerequest: 'list-campaigns-before-request.js', test: 'list-campaigns-after-response.js' },
  /** Test of requests that return ids (params { variable, from } or a list): stores them; empty results unset them. */
  'store-ids': { test: 'store-ids.js' },
  /** Prerequest + test of Unified API / Query advertiser accounts: pages, chooses and stores accountId. */
  'select-account': { prerequest: 'select-account-before-request.js', test: 'select-account-after-response.js' },
  /** Prerequest + test of Unified API query requests: pages with maxResults / nextToken (max_pages) and counts per adProduct. */
  'page-unified-query': { prerequest: 'page-unified-query-before-request.js', test: 'page-unified-query-after-response.js' },
  /** Prerequest of Reporting V3 "Create report": default date range (last 7 full days), fresh poll state. */
  'report-range': { prerequest: 'report-range.js' },
  /** Test of Reporting V3 "Create report": stores reportId, reusing the existing report on a 425 duplicate. */
  'report-created': { test: 'report-created.js' },
  /** Test of Reporting V3 "Report status": polls with backoff until COMPLETED (stores report_url), FAILED or timeout. */
  'report-status': { test: 'report-status.js' },
  /** Prerequest (params { variable, days }): sets a local variable to today + days (UTC), for sample body dates. */
  'relative-date': { prerequest: 'relative-date.js' },
  /** Prerequest (params { first }) of the "Next profile" step the runner adds for several profiles (src/run/profiles/profile-loop.ts): the next queued profile. */
  'next-profile': { prerequest: 'next-profile.js' },
} as const satisfies Record<string, Partial<Record<ScriptEvent, string>>>;

export type ScriptName = keyof typeof scriptFiles;
