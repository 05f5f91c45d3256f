/**
 * Every variable a request, header, body or script may use, defined once.
 *
 * - `environment` variables are written into each regional environment file (hosts come from
 *   regions.ts; `secret` ones always ship empty).
 * - `script` variables are set at run time by the collection's own scripts (ids stored for later
 *   requests, pagination state, counters) and are not written into the environments.
 *
 * A `{{name}}` in a catalog URL or header that is in neither list is a compile error (see
 * `TemplateString` in types.ts) and a lint failure in `npm run validate`.
 */
import { DEFAULT_MAX_PAGES } from '../rules/paging-bounds.js';

export type VariableType = 'default' | 'secret' | 'any';

export interface EnvironmentVariable {
  type: VariableType;
  /** Value shipped in every environment; hosts are filled per region from regions.ts. */
  value?: string;
  description: string;
}

export const environmentVariables = {
  api_url: { type: 'default', description: 'Amazon Ads API host of the region.' },
  token_url: { type: 'default', description: 'Login with Amazon token endpoint of the region.' },
  auth_grant_url: { type: 'default', description: 'Login with Amazon consent page of the region.' },
  client_id: { type: 'secret', description: 'Client ID of your Login with Amazon security profile.' },
  client_secret: { type: 'secret', description: 'Client secret of your Login with Amazon security profile.' },
  refresh_token: { type: 'secret', description: 'Long-lived refresh token obtained from an authorization code.' },
  access_token: { type: 'secret', description: 'Short-lived access token; refreshed by the collection pre-request script.' },
  token_expires_at: { type: 'default', description: 'Epoch milliseconds at which access_token expires; set by scripts.' },
  permission_scope: {
    type: 'default',
    value: 'advertising::campaign_management',
    description: 'OAuth scope requested on the consent page.',
  },
  redirect_uri: {
    type: 'default',
    value: 'https://amazon.com',
    description: 'Allowed return URL of your security profile; must match on the code exchange.',
  },
  profileId: { type: 'any', description: 'Advertising profile sent as Amazon-Advertising-API-Scope.' },
  profile_country: {
    type: 'default',
    description: 'Optional marketplace country code (US, UK, DE, JP, ...) used to choose the profile.',
  },
  dspAccountId: { type: 'any', description: 'Amazon DSP account (entity) id, for DSP requests.' },
  manager_account_id: { type: 'any', description: 'Manager account id, for manager account requests.' },
  marketplace_id: {
    type: 'any',
    description: 'Marketplace id (e.g. ATVPDKIKX0DER) of the AMC account; "List all AMC accounts" fills it.',
  },
  advertiser_id: {
    type: 'any',
    description: 'AMC account / advertiser entity id; "List all AMC accounts" fills it.',
  },
  instanceId: { type: 'any', description: 'Amazon Marketing Cloud instance id; "Create an instance" fills it.' },
  categoryRefinementId: {
    type: 'any',
    description: 'Sponsored Brands category id whose refinements to read (take one from "Get all categories").',
  },
  dspAdvertiserId: {
    type: 'any',
    description: 'Amazon DSP advertiser id, for persona builder insights and AMC audiences.',
  },
  opportunityId: { type: 'any', description: 'Partner opportunity id (take one from "List opportunities").' },
  accountId: {
    type: 'any',
    description: 'Advertiser account sent as Amazon-Ads-AccountId by Unified API requests; "Query advertiser accounts" fills it.',
  },
  page_size: {
    type: 'default',
    description: 'Optional page size (maxResults / count) for the campaign list calls; empty uses the API default.',
  },
  max_pages: {
    type: 'default',
    value: String(DEFAULT_MAX_PAGES),
    description: 'Most pages each campaign list (SP, SB, SD) fetches; a list that announces more fails with page_limit.',
  },
  strict_profile_choice: {
    type: 'default',
    value: 'false',
    description: "'true': a profileId or profile_country that is not in the Profiles list fails the Profiles request instead of falling back to the first profile.",
  },
  retry_after_cap_seconds: {
    type: 'default',
    value: '30',
    description: 'Longest wait, in seconds, honoured from a Retry-After header before retrying a throttled call.',
  },
  report_start_date: {
    type: 'default',
    description: 'First day (YYYY-MM-DD) of the performance report; empty: 7 days before report_end_date.',
  },
  report_end_date: {
    type: 'default',
    description: 'Last day (YYYY-MM-DD) of the performance report; empty: yesterday (UTC).',
  },
  report_poll_seconds: {
    type: 'default',
    value: '5',
    description: 'First wait, in seconds, between report status polls; doubles after each poll up to 60.',
  },
  report_timeout_seconds: {
    type: 'default',
    value: '1800',
    description: 'Longest time, in seconds, to wait for a report to be COMPLETED before failing with report_timeout.',
  },
} as const satisfies Record<string, EnvironmentVariable>;

/** Variables the collection's scripts set while it runs. */
export const scriptVariables = {
  profile_account_name: 'Account name of the profile the Profiles request chose.',
  profile_country_code: 'Marketplace country code of the profile the Profiles request chose.',
  campaignId: 'First Sponsored Products campaign id from the last list call.',
  sp_campaign_count: 'Sponsored Products campaigns counted across pages in this run.',
  sb_campaign_count: 'Sponsored Brands campaigns counted across pages in this run.',
  sd_campaign_count: 'Sponsored Display campaigns counted across pages in this run.',
  sp_next_token: 'nextToken of the next Sponsored Products campaign page (paging state).',
  sb_next_token: 'nextToken of the next Sponsored Brands campaign page (paging state).',
  sd_start_index: 'startIndex of the next Sponsored Display campaign page (paging state).',
  reportId: 'Report requested by the last create-report call (reporting v2, v3 or DSP).',
  snapshotId: 'Snapshot requested by the last snapshot call.',
  subscriptionId: 'Amazon Marketing Stream subscription created last.',
  workflowExecutionId: 'AMC workflow execution started last.',
  audienceExecutionId: 'AMC rule-based audience execution created last.',
  adGroupId: 'First ad group id from the last ad group create or list call.',
  adId: 'First ad id from the last ad create or list call.',
  targetId: 'First target id from the last target create or list call.',
  keywordId: 'First keyword id from the last keyword create call.',
  negativeKeywordId: 'First ad-group negative keyword id from the last create or list call.',
  campaignNegativeKeywordId: 'First campaign negative keyword id from the last create or list call.',
  negativeTargetId: 'First ad-group negative target id from the last create or list call.',
  campaignNegativeTargetId: 'First campaign negative target id from the last create or list call.',
  themeId: 'First Sponsored Brands theme target id from the last create call.',
  creativeId: 'First Sponsored Display creative id from the last create or list call.',
  budgetRuleId: 'First budget rule id from the last budget rule create or list call.',
  eventId: 'First recommended budget rule event id.',
  brandEntityId: 'Brand entity id of the first brand from "Get brands".',
  uploadUrl: 'Pre-signed upload URL from the creative asset library "Create URL" call.',
  assetId: 'Creative asset library asset id from the last "Register asset" call.',
  exportId: 'Export requested by the last export call.',
  retry_count: 'Retries spent on the current request (throttling, server errors, expired token).',
  retry_pending: "'true' while check-response has scheduled a retry of the current response (local, run-scoped).",
  retry_state: 'Retry counters of the current request per cause, as JSON (local, run-scoped).',
  profile_choice: "Which rule chose profileId: 'profileId' (already set and listed), 'country' or 'first'.",
  consent_url: 'Login with Amazon consent page URL built by the Auth grant login request (local).',
  sp_seen_next_tokens: 'nextTokens already followed for Sponsored Products, as JSON (repeat check; local).',
  sb_seen_next_tokens: 'nextTokens already followed for Sponsored Brands, as JSON (repeat check; local).',
  account_name: 'Display name of the advertiser account "Query advertiser accounts" chose.',
  account_country_code: 'Country of the alternate id (profile) of the chosen advertiser account.',
  account_choice: "Which rule chose accountId: 'profileId' (through alternateIds), 'country' or 'first'.",
  account_next_token: 'nextToken of the next advertiser account page (paging state; local).',
  account_pages: 'Advertiser account pages read in this run (page_limit check; local).',
  account_first: 'First advertiser account listed, as JSON, kept while later pages are searched (local).',
  unified_campaign_count: 'Campaigns of all ad products counted across the Unified API "Query campaigns" pages.',
  unified_campaign_counts: 'Those campaigns per ad product, as JSON, e.g. {"SPONSORED_PRODUCTS": 5}.',
  unified_next_token: 'nextToken of the next Unified API query page (paging state; local).',
  unified_seen_next_tokens: 'nextTokens already followed by the Unified API query, as JSON (repeat check; local).',
  unified_pages: 'Unified API query pages read in this run (page_limit check; local).',

  sp_page_count: 'Sponsored Products campaign pages fetched so far in this list (max_pages check; local).',
  sb_page_count: 'Sponsored Brands campaign pages fetched so far in this list (max_pages check; local).',
  sd_page_count: 'Sponsored Display campaign pages fetched so far in this list (max_pages check; local).',
  sd_last_page: 'First and last campaign id and size of the last Sponsored Display page (repeat check; local).',
  report_url: 'Pre-signed download URL of the last COMPLETED report (send no Amazon headers to it).',
  report_started_at: 'Epoch milliseconds at which the report flow asked for its report (timeout clock; local).',
  report_poll_count: 'Status polls spent on the current report (backoff state; local).',
  handled_statuses: "Error statuses the current request's own test handles (e.g. '425'); check-response leaves them alone (local).",
  campaign_start_date: 'Tomorrow (UTC), computed before the Sponsored Brands campaign requests that send a startDate (local).',
  dsp_report_start_date: '7 days ago (UTC), computed before "Request DSP report" (local).',
  dsp_report_end_date: 'Yesterday (UTC), computed before "Request DSP report" (local).',
  v2_report_date: 'Yesterday (UTC) as YYYYMMDD, computed before the version 2 report requests (local).',
  all_profiles: "'true' (set by the runner's --all-profiles): the Profiles request chooses every listed profile.",
  profile_ids: 'Comma list of profile ids (the runner\'s repeated --profile-id): the Profiles request chooses each, or fails naming the unlisted ones.',
  profile_countries: 'Comma list of country codes (the runner\'s repeated --country): the first profile of each, or a failure naming the countries without one.',
  profile_queue: 'Profiles still to run after the current one, as JSON [[id, country, name], ...] (several profiles; the runner\'s "Next profile" step takes them).',
  profile_duplicates: 'Comma list of the chosen profile ids the Profiles answer lists more than once (several profiles): each runs once, and the runner names them.',
} as const satisfies Record<string, string>;

export type EnvironmentVariableName = keyof typeof environmentVariables;
export type ScriptVariableName = keyof typeof scriptVariables;
export type VariableName = EnvironmentVariableName | ScriptVariableName;

/** True when `name` is a variable of the environment or one a script stores, e.g. `campaignId`. */
export function isVariableName(name: string): name is VariableName {
  return Object.prototype.hasOwnProperty.call(environmentVariables, name) || Object.prototype.hasOwnProperty.call(scriptVariables, name);
}

export const secretVariableNames = (Object.keys(environmentVariables) as EnvironmentVariableName[]).filter(
  (name) => environmentVariables[name].type === 'secret',
);
