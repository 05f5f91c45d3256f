/**
 * The Postman sandbox scripts shipped in the collection. Each is a plain .js file in this folder,
 * read at build time and embedded as an event's `exec` lines. A catalog entry names them by key.
 *
 * A script given parameters in the catalog is embedded after one generated line
 * `const params = {...};` and reads them through `params` (guarded with `typeof params`).
 */
export const scriptFiles = {
  /** Collection prerequest: refreshes the LWA access token when missing or about to expire. */
  'refresh-token': 'refresh-token.js',
  /** Collection test: retries 429 / 5xx / 401 on the same request, else fails with a cause id. */
  'check-response': 'check-response.js',
  /** Test of the Auth folder's token requests: stores the tokens the response carries. */
  'store-token': 'store-token.js',
  /** Test of "Auth grant login": builds the consent page URL for the user to open. */
  'show-consent-url': 'show-consent-url.js',
  /** Test of Accounts/Profiles: chooses the profile and stores profileId. */
  'select-profile': 'select-profile.js',
  /** Prerequest + test of First call's list requests (params { adProduct }): pages and counts campaigns. */
  'list-campaigns': 'list-campaigns.js',
  /** Test of requests that return ids (params { variable, from } or a list): stores them; empty results unset them. */
  'store-ids': 'store-ids.js',
  /** Prerequest of Reporting V3 "Create report": default date range (last 7 full days), fresh poll state. */
  'report-range': 'report-range.js',
  /** Test of Reporting V3 "Create report": stores reportId, reusing the existing report on a 425 duplicate. */
  'report-created': 'report-created.js',
  /** Test of Reporting V3 "Report status": polls with backoff until COMPLETED (stores report_url), FAILED or timeout. */
  'report-status': 'report-status.js',
  /** Prerequest (params { variable, days }): sets a local variable to today + days (UTC), for sample body dates. */
  'relative-date': 'relative-date.js',
} as const;

export type ScriptName = keyof typeof scriptFiles;
