/**
 * What an emulator can be asked to do in code (the shared "Emulator API" contract). The checks and
 * defaults are the emulator's options table (src/config/options.ts), shared with `npm run emulator`.
 */
import type { RegionId } from '../core/regions.js';
import type { FlagsOf, SettingsOf } from '../config/option-spec.js';
import { emulatorOptionTable } from '../config/options.js';
import { resolveOptions as resolveTable } from '../config/resolve-options.js';

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
  /** Profile ids above 2^53 (9007199254740993, …995, …), sent as JSON numbers digit for digit: JSON.parse would round them. */
  largeProfileIds?: boolean;
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

/**
 * Each in-code option and the entry of the emulator's options table (src/config/options.ts) that checks
 * it and gives its default: the table is the one place an emulator option is checked, for the flags of
 * `npm run emulator` and for startEmulator({...}) alike, with the same words.
 */
const tableKeyOf = {
  port: 'port',
  region: 'region',
  seed: 'seed',
  campaigns: 'campaigns',
  sbCampaigns: 'sbCampaigns',
  sdCampaigns: 'sdCampaigns',
  pageSize: 'pageSize',
  throttle: 'throttle',
  retryAfterSeconds: 'retryAfter',
  serverErrors: 'serverErrors',
  latencyMs: 'latency',
  tokenTtlSeconds: 'tokenTtl',
  expireTokensAfterCalls: 'expireTokensAfter',
  emptyProfiles: 'emptyProfiles',
  largeProfileIds: 'largeProfileIds',
  malformed: 'malformed',
  repeatNextToken: 'repeatNextToken',
  rejectRefresh: 'rejectRefresh',
  autoConsent: 'autoConsent',
  reportDelay: 'reportDelay',
  reportDelaySeconds: 'reportDelaySeconds',
  reportRows: 'reportRows',
  reportFail: 'reportFail',
  reportUrlTtlSeconds: 'reportUrlTtl',
  reportNotGzip: 'reportNotGzip',
  reportTruncated: 'reportTruncated',
  profiles: 'profiles',
  deniedProfile: 'deniedProfile',
} as const satisfies { [Name in Exclude<keyof EmulatorOptions, 'now'>]-?: keyof typeof emulatorOptionTable };

type EmulatorSettings = SettingsOf<typeof emulatorOptionTable>;

export type ResolvedOptions = { [Name in keyof typeof tableKeyOf]: EmulatorSettings[(typeof tableKeyOf)[Name]] } & { now: () => number };

/** The in-code options as the table's flags (what `npm run emulator` hands over after yargs). */
function flagsOf(options: EmulatorOptions): FlagsOf<typeof emulatorOptionTable> {
  const flags: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(tableKeyOf)) flags[key] = options[name as keyof typeof tableKeyOf];
  return flags as FlagsOf<typeof emulatorOptionTable>;
}

/** The options of `npm run emulator`, resolved from its flags, as startEmulator takes them. */
export function emulatorOptionsOf(settings: EmulatorSettings): EmulatorOptions {
  const options: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(tableKeyOf)) options[name] = settings[key];
  return options as EmulatorOptions;
}

/** Checks every option through the table (a bad one is a UsageError naming it) and applies the defaults. */
export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const settings = resolveTable(emulatorOptionTable, flagsOf(options), () => ({}));
  return { ...(emulatorOptionsOf(settings) as Omit<ResolvedOptions, 'now'>), now: options.now ?? Date.now };
}
