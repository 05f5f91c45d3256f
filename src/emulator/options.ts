/**
 * What an emulator can be asked to do (the shared "Emulator API" contract), its defaults,
 * and the validation of each value.
 */
import { isRegionId, regionIds, type RegionId } from '../catalog/regions.js';
import { UsageError } from '../errors.js';

export interface EmulatorOptions {
  /** Default 0 (ephemeral); always binds 127.0.0.1. */
  port?: number;
  /** Default 'na'; decides the profiles' marketplaces. */
  region?: RegionId;
  /** Deterministic data: the same seed gives the same profiles and campaigns. Default 1. */
  seed?: number;
  /** SP campaigns per profile (default 5, at most 1 000 000). */
  campaigns?: number;
  /** SB campaigns per profile (default 3). */
  sbCampaigns?: number;
  /** SD campaigns per profile (default 2). */
  sdCampaigns?: number;
  /** Page size when the client sends no maxResults/count (default: the API's largest page). */
  pageSize?: number;
  /** The first N Ads API calls answer 429 with Retry-After. */
  throttle?: number;
  /** Retry-After of throttled calls, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** The next N Ads API calls (after the throttled ones) answer 500, 503, 500, ... */
  serverErrors?: number;
  /** Delay before every response, in milliseconds. */
  latencyMs?: number;
  /** expires_in of issued access tokens (default 3600). */
  tokenTtlSeconds?: number;
  /**
   * After N Ads API calls, every access token issued so far stops working (401) although its
   * expires_in said otherwise: an access token that expired early. Tokens issued later work. 0 = never.
   */
  expireTokensAfterCalls?: number;
  /** GET /v2/profiles answers [] and every scope is refused (403). */
  emptyProfiles?: boolean;
  /** List calls answer 200 with a body that is not valid JSON. */
  malformed?: boolean;
  /** SP and SB list calls and the Unified API campaigns query answer, from page two on, the nextToken they were sent: a client that follows it loops. */
  repeatNextToken?: boolean;
  /** The refresh_token grant answers invalid_grant. */
  rejectRefresh?: boolean;
  /** GET /ap/oa redirects at once with code + state instead of showing the consent page. */
  autoConsent?: boolean;
  /** Status polls a report stays PENDING / PROCESSING before it is COMPLETED (default 2). */
  reportDelay?: number;
  /** Seconds after its creation before a report can be COMPLETED (default 0; both delays must pass). */
  reportDelaySeconds?: number;
  /** Rows of every report (default: one per SP campaign and day). */
  reportRows?: number;
  /** Reports end FAILED (with a failureReason) instead of COMPLETED. */
  reportFail?: boolean;
  /** Life of a report download URL, in seconds (default 3600; 0: expired at once, 403). */
  reportUrlTtlSeconds?: number;
  /** Report files are served as plain JSON, not gzip. */
  reportNotGzip?: boolean;
  /** Report files are cut off halfway through the gzip stream. */
  reportTruncated?: boolean;
  /** Clock in epoch milliseconds (tests use it to expire codes and tokens); default Date.now. */
  now?: () => number;
  /** An account of N profiles spread over the region's marketplaces in turn (an agency); default: one per marketplace. */
  profiles?: number;
  /** Calls scoped to the profile at this 1-based position of the Profiles list answer 403 (the other profiles work). */
  deniedProfile?: number;
}

export type ResolvedOptions = Required<Omit<EmulatorOptions, 'pageSize' | 'reportRows' | 'profiles' | 'deniedProfile'>> & {
  pageSize?: number;
  reportRows?: number;
  profiles?: number;
  deniedProfile?: number;
};

export const maxCampaignsPerProfile = 1_000_000;
export const maxReportRows = 10_000_000;
export const maxProfiles = 100_000;

function wholeNumber(name: string, value: number | undefined, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`emulator option ${name} must be a whole number ${range}, got ${String(value)}`);
  }
  return value;
}

export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const region = options.region ?? 'na';
  if (!isRegionId(region)) {
    throw new UsageError(`emulator option region must be one of ${regionIds.join(', ')}, got ${String(region)}`);
  }
  return {
    port: wholeNumber('port', options.port, 0, 0, 65535),
    region,
    seed: wholeNumber('seed', options.seed, 1),
    campaigns: wholeNumber('campaigns', options.campaigns, 5, 0, maxCampaignsPerProfile),
    sbCampaigns: wholeNumber('sbCampaigns', options.sbCampaigns, 3, 0, maxCampaignsPerProfile),
    sdCampaigns: wholeNumber('sdCampaigns', options.sdCampaigns, 2, 0, maxCampaignsPerProfile),
    pageSize: options.pageSize === undefined ? undefined : wholeNumber('pageSize', options.pageSize, 0, 1),
    throttle: wholeNumber('throttle', options.throttle, 0),
    retryAfterSeconds: wholeNumber('retryAfterSeconds', options.retryAfterSeconds, 1),
    serverErrors: wholeNumber('serverErrors', options.serverErrors, 0),
    latencyMs: wholeNumber('latencyMs', options.latencyMs, 0),
    tokenTtlSeconds: wholeNumber('tokenTtlSeconds', options.tokenTtlSeconds, 3600, 1),
    expireTokensAfterCalls: wholeNumber('expireTokensAfterCalls', options.expireTokensAfterCalls, 0),
    emptyProfiles: options.emptyProfiles ?? false,
    malformed: options.malformed ?? false,
    repeatNextToken: options.repeatNextToken ?? false,
    rejectRefresh: options.rejectRefresh ?? false,
    autoConsent: options.autoConsent ?? false,
    reportDelay: wholeNumber('reportDelay', options.reportDelay, 2),
    reportDelaySeconds: wholeNumber('reportDelaySeconds', options.reportDelaySeconds, 0),
    reportRows: options.reportRows === undefined ? undefined : wholeNumber('reportRows', options.reportRows, 0, 0, maxReportRows),
    reportFail: options.reportFail ?? false,
    reportUrlTtlSeconds: wholeNumber('reportUrlTtlSeconds', options.reportUrlTtlSeconds, 3600),
    reportNotGzip: options.reportNotGzip ?? false,
    reportTruncated: options.reportTruncated ?? false,
    now: options.now ?? Date.now,
    profiles: options.profiles === undefined ? undefined : wholeNumber('profiles', options.profiles, 0, 1, maxProfiles),
    deniedProfile: options.deniedProfile === undefined ? undefined : wholeNumber('deniedProfile', options.deniedProfile, 0, 1),
  };
}
