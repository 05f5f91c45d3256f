/**
 * ONE table from failure causes to words for humans: every line that explains a cause to a user
 * (the summary's `cause`, the failure line on stderr, a plug-in's message) takes its words from here.
 * The causes arrive as data (failure.ts `failureOf`): from the collection's scripts (`failureText`,
 * failure-text.ts), from Newman's request errors (codes, error-codes.ts) and from the run's plug-ins.
 * The summary prints `<cause id>: <what happened> - <what to do>` for the first failure of a run.
 */
import { regionIds, type RegionId } from '../regions.js';
import type { FailureFields } from './failure-text.js';

export interface CauseText {
  /** What happened, in a user's words. */
  what: string;
  /** What to do about it. */
  fix: string;
}

export const causes = {
  // Login with Amazon token errors (OAuth error codes, named by the refresh-token / store-token scripts)
  invalid_client: {
    what: 'wrong client id or secret',
    fix: 'check AMAZON_ADS_CLIENT_ID and AMAZON_ADS_CLIENT_SECRET against your Login with Amazon security profile',
  },
  invalid_grant: {
    what: 'refresh token rejected (revoked, or issued to another app)',
    fix: 'get a new refresh token with `npm run auth` for this client id and set AMAZON_ADS_REFRESH_TOKEN',
  },
  invalid_request: {
    what: 'the token request was refused as malformed',
    fix: 'check the credentials for stray quotes or spaces and that --token-url is a Login with Amazon token endpoint',
  },
  unsupported_grant_type: {
    what: 'the token endpoint does not accept the refresh_token grant',
    fix: 'check that --token-url / AMAZON_ADS_TOKEN_URL points at a Login with Amazon token endpoint',
  },
  token_request_failed: {
    what: 'the access token could not be obtained',
    fix: 'check --token-url / AMAZON_ADS_TOKEN_URL and the network, then run again',
  },
  // Ads API answers (check-response / select-profile / list-campaigns scripts)
  no_profiles: {
    what: 'no advertising profiles in this region',
    fix: 'try the other regions with --region',
  },
  scope_missing: {
    what: 'scope missing: the Ads API wanted a profile scope (Amazon-Advertising-API-Scope) the request did not carry',
    fix: 'run with --folder profiles or pass --profile-id; if it persists, authorise again with `npm run auth` (scope advertising::campaign_management)',
  },
  profile_not_accessible: {
    what: 'profile not accessible with these credentials',
    fix: 'check --profile-id / AMAZON_ADS_PROFILE_ID against the Profiles list, or leave it out to choose one',
  },
  no_profile_in_country: {
    what: 'no profile in the requested marketplace',
    fix: 'choose one of the countries listed with --country / AMAZON_ADS_PROFILE_COUNTRY, or leave it out',
  },
  unauthorized: {
    what: 'the Ads API refused the access token even after a refresh',
    fix: 'check that the client id is the one the refresh token was issued to and that the app has Ads API access',
  },
  unsupported_media_type: {
    what: 'the Ads API refused a request content type',
    fix: 'regenerate the collection with `npm run build` and run again',
  },
  throttled: {
    what: 'still 429 after the retries',
    fix: 'wait a few minutes and run again; fewer parallel jobs on the same account help',
  },
  server_error: {
    what: 'the Ads API kept answering 5xx after the retries',
    fix: 'run again later; check the Amazon Ads status page if it persists',
  },
  malformed_response: {
    what: 'a response was not the JSON the API documents',
    fix: 'check that --api-url / AMAZON_ADS_API_URL points at the Amazon Ads API of the region',
  },
  repeated_next_token: {
    what: 'the API repeated a nextToken, so paging stopped',
    fix: 'run again; if it repeats, report it with the JSON report attached',
  },
  repeated_page: {
    what: 'the API answered the same campaign page again (it ignored startIndex), so paging stopped',
    fix: 'run again; if it repeats, report it with the JSON report attached',
  },
  page_limit: {
    what: 'a campaign list reached max_pages pages and still announced another one, so paging stopped there',
    fix: 'raise --max-pages (AMAZON_ADS_MAX_PAGES; max_pages in Postman) if the account really has that many pages; if not, the API keeps sending new pages - report it with the JSON report attached',
  },
  unexpected_status: {
    what: 'the API answered with an unexpected status',
    fix: 'read the failure line above; run with --verbose for the full exchange',
  },
  // Unified API account context (select-account / page-unified-query scripts)
  no_accounts: {
    what: 'no advertiser accounts in this region',
    fix: 'try the other regions with --region, or create an advertiser account for this login',
  },
  account_not_accessible: {
    what: 'no advertiser account of these credentials lists the requested profile',
    fix: 'check --profile-id / AMAZON_ADS_PROFILE_ID against the advertiser accounts list, or leave it out to choose one',
  },
  no_account_in_country: {
    what: 'no advertiser account has a marketplace in the requested country',
    fix: 'choose another country with --country / AMAZON_ADS_PROFILE_COUNTRY, or leave it out',
  },
  account_missing: {
    what: 'no advertiser account chosen, so the Unified API request had no Amazon-Ads-AccountId',
    fix: 'run the "Query advertiser accounts" request first, or set accountId',
  },
  // Performance report flow (report-* scripts, src/report/ download)
  report_failed: {
    what: 'Amazon could not build the report (status FAILED)',
    fix: 'read the reason in the failure line; check the report type, columns and dates, then run again',
  },
  report_timeout: {
    what: 'the report was not ready within report_timeout_seconds',
    fix: 'run again later (the same request reuses the report Amazon is still building) or raise report_timeout_seconds / --report-timeout',
  },
  report_download_failed: {
    what: 'the report file could not be downloaded (the pre-signed URL expired or was refused)',
    fix: 'run the report flow again for a fresh download URL; the URL only lives a short time',
  },
  report_not_gzip: {
    what: 'the downloaded report is not a gzip file',
    fix: 'check that report_url is the url of a COMPLETED report with format GZIP_JSON, then run again',
  },
  report_truncated: {
    what: 'the downloaded report ended early (truncated gzip or JSON)',
    fix: 'run again; the connection was probably cut during the download',
  },
  // Newman's request errors (no HTTP answer at all)
  host_unreachable: {
    what: 'host unreachable',
    fix: 'check the network and proxy, and --api-url / --token-url (AMAZON_ADS_API_URL / AMAZON_ADS_TOKEN_URL)',
  },
  tls_error: {
    what: 'TLS connection failed (certificate or protocol)',
    fix: 'check the URL (https:// to a plain-HTTP port fails too) and the host name; behind a TLS-intercepting proxy set NODE_EXTRA_CA_CERTS to its CA file',
  },
  timeout: {
    what: 'request timed out (no complete answer, body included, within --timeout-request)',
    fix: 'raise --timeout-request (milliseconds, default 60000), or check the network',
  },
  // What the runner's plug-ins find in the answers
  unexpected_redirect: {
    what: 'a server answered with a redirect, which the run does not follow so no credential reaches another host',
    fix: 'check --api-url / --token-url (AMAZON_ADS_API_URL / AMAZON_ADS_TOKEN_URL): name the endpoint itself, not an address that forwards elsewhere',
  },
  // Anything else the run reports
  script_error: {
    what: 'a collection script failed',
    fix: 'regenerate the collection with `npm run build`; run with --verbose for details',
  },
  assertion_failed: {
    what: 'a test in the collection failed',
    fix: 'read the failure line above; run with --verbose for the full exchange',
  },
  // after the run (src/run/output/output-failure.ts): every file was checked before the first request, so this is a disk or a race
  output_not_written: {
    what: 'a report file or the exported environment could not be written after the run',
    fix: 'free disk space or fix the file or folder named, then run again (the run itself went through)',
  },
  // check-response: a 403 on a call made without a profile (GET /v2/profiles): no profile to blame
  access_denied: {
    what: 'the Ads API refused this login (HTTP 403) on a call that needs no profile',
    fix: 'check that the app is approved for the Amazon Ads API and that the Amazon account that granted the refresh token has Ads access (npm run auth again with that account)',
  },
  response_too_large: {
    what: 'a response body was larger than the run reads, so the run stopped reading it and ended',
    fix: 'raise --max-response-mb if the account really is that large (smaller pages help: --page-size); otherwise check --api-url / --token-url, the server sent far more than the API does',
  },
  script_timeout: {
    what: 'a collection script ran longer than the script time limit (--timeout-script, or --timeout when smaller)',
    fix: 'raise --timeout-script (or leave it out); if a script of the generated collection is slow on a normal answer, report it with the JSON report attached',
  },
  // The whole run's limit (plugins/run-deadline.ts)
  run_timeout: {
    what: 'the run took longer than --timeout and was stopped',
    fix: 'raise --timeout (milliseconds, default 3600000), or run fewer folders with --folder',
  },
} as const satisfies Record<string, CauseText>;

export type CauseId = keyof typeof causes;
export const causeIds = Object.keys(causes) as CauseId[];

/**
 * The words of a cause when it happened at the Login with Amazon token endpoint rather than the Ads
 * API (the scripts say `the token endpoint at <host>` in their message): its host and its fix, never
 * "check --api-url" or "check client_id" for a fault on Amazon's side.
 */
export const tokenEndpointCauses: Partial<Record<CauseId, CauseText>> = {
  throttled: {
    what: 'the token endpoint (Login with Amazon) still answered 429 after the retries',
    fix: 'wait a few minutes and run again; fewer jobs refreshing tokens with the same credentials at once help',
  },
  server_error: {
    what: 'the token endpoint (Login with Amazon) kept failing (5xx or OAuth server_error) after the retries',
    fix: 'run again later; the credentials are not the problem',
  },
  malformed_response: {
    what: 'the token endpoint answered something that is not JSON (an HTML page?)',
    fix: 'check that --token-url / AMAZON_ADS_TOKEN_URL is the Login with Amazon token endpoint of the region',
  },
};

/**
 * Causes after which nothing else in the run can succeed (no token, no host): the runner stops the
 * run there instead of piling up follow-on failures. A failure in the auth or profiles step stops it too.
 */
export const runStoppingCauses: ReadonlySet<CauseId> = new Set<CauseId>([
  'invalid_client',
  'invalid_grant',
  'invalid_request',
  'unsupported_grant_type',
  'token_request_failed',
  'no_profiles',
  'profile_not_accessible',
  'no_profile_in_country',
  // --api unified: without an advertiser account no Unified API call can be made
  'no_accounts',
  'account_not_accessible',
  'no_account_in_country',
  // the Ads API refused a freshly refreshed token: every later call would be refused the same way
  'unauthorized',
  'host_unreachable',
  'tls_error',
]);

/** `<cause id>: <what>[ (<host>)][; <detail>]`: what happened, in the table's words, with the failure's fields. */
export function describeCause(failure: { cause: CauseId } & FailureFields): string {
  const text: CauseText = (failure.endpoint === 'token' ? tokenEndpointCauses[failure.cause] : undefined) ?? causes[failure.cause];
  const what = (failure.host ? `${text.what} (${failure.host})` : text.what) + (failure.detail ? `; ${failure.detail}` : '');
  return `${failure.cause}: ${what}`;
}

/** `<cause id>: <what>[ (<host>)][; <detail>] - <fix>`: the line a user reads. */
export function explainCause(failure: { cause: CauseId } & FailureFields, region?: RegionId): string {
  const text: CauseText = (failure.endpoint === 'token' ? tokenEndpointCauses[failure.cause] : undefined) ?? causes[failure.cause];
  let fix: string = text.fix;
  if (failure.cause === 'no_profiles' && region) {
    fix = `try the other regions: ${regionIds.filter((id) => id !== region).map((id) => `--region ${id}`).join(' or ')}`;
  }
  return `${describeCause(failure)} - ${fix}`;
}
