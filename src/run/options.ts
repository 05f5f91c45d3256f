/**
 * The runner's options, normalised in ONE place: CLI flags, then environment variables, then defaults
 * become one `RunOptions` object. Everything after this file trusts its shape; every bad value is a
 * `UsageError` (exit 2) naming the problem and the fix, raised before any request is sent.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { regionIds, regions, isRegionId, type RegionId } from '../catalog/regions.js';

/** What a user can ask to run, in the order it always runs. */
export const folderIds = ['auth', 'profiles', 'campaigns'] as const;
export type FolderId = (typeof folderIds)[number];

export const reporterIds = ['cli', 'junit', 'json'] as const;
export type ReporterId = (typeof reporterIds)[number];

/** The project root: the generated collection and environments are found from here, whatever the cwd. */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The defaults, shown by `--help` and applied when a flag is absent. */
export const runDefaults = {
  region: 'na' as RegionId,
  folders: [...folderIds] as FolderId[],
  envFile: '.env',
  reporters: ['cli'] as ReporterId[],
  reportDir: 'reports',
  collection: path.join(projectRoot, 'collections', 'amazon-ads-api.postman_collection.json'),
  environmentDir: path.join(projectRoot, 'environments'),
} as const;

/** Environment variables the runner reads besides the credentials (those are in credentials.ts). */
export const urlVariables = {
  apiUrl: 'AMAZON_ADS_API_URL',
  tokenUrl: 'AMAZON_ADS_TOKEN_URL',
  authGrantUrl: 'AMAZON_ADS_AUTH_GRANT_URL',
} as const;
/** Written by `npm run auth`; the default region when --region is absent. */
export const regionVariable = 'AMAZON_ADS_REGION';
export const profileVariables = {
  profileId: 'AMAZON_ADS_PROFILE_ID',
  country: 'AMAZON_ADS_PROFILE_COUNTRY',
} as const;

/** The flags as yargs hands them over (or as an in-process caller passes them); all optional. */
export interface RunFlags {
  region?: string;
  folder?: string | string[];
  profileId?: string | number;
  country?: string;
  envFile?: string;
  emulator?: boolean;
  apiUrl?: string;
  tokenUrl?: string;
  authGrantUrl?: string;
  reporters?: string | string[];
  reportDir?: string;
  timeoutRequest?: number | string;
  pageSize?: number | string;
  bail?: boolean;
  exportEnvironment?: string;
  exportSecrets?: boolean;
  verbose?: boolean;
  /** Path of the collection to run (default: the generated one). */
  collection?: string;
  /** Folder holding amazon-ads-api.<region>.postman_environment.json (default environments/). */
  environmentDir?: string;
  /** Path of the environment to start from (default: the region's file in environmentDir). */
  environment?: string;
}

/** Everything a run needs to know, except the credentials. */
export interface RunOptions {
  region: RegionId;
  /** Distinct, in run order (auth, profiles, campaigns). */
  folders: FolderId[];
  profileId?: string;
  country?: string;
  envFile: string;
  /** True when --env-file was given: then the file must exist. */
  envFileExplicit: boolean;
  emulator: boolean;
  /** Overrides of the region's hosts; undefined = the region's own. No trailing slash. */
  apiUrl?: string;
  tokenUrl?: string;
  authGrantUrl?: string;
  reporters: ReporterId[];
  reportDir: string;
  /** Milliseconds; undefined = no per-request timeout. */
  timeoutRequest?: number;
  /** maxResults / count of the campaign list calls (the page_size variable); undefined = the API's default. */
  pageSize?: number;
  bail: boolean;
  exportEnvironment?: string;
  exportSecrets: boolean;
  verbose: boolean;
  collection: string;
  environmentDir: string;
  /** --environment: used instead of the region's file in environmentDir. */
  environment?: string;
}

export type Variables = Readonly<Record<string, string | undefined>>;

function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((entry) => String(entry).split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function normaliseRegion(flag: string | undefined, variable: string | undefined): RegionId {
  const given = nonEmpty(flag) ?? nonEmpty(variable);
  const region = (given ?? runDefaults.region).toLowerCase();
  if (!isRegionId(region)) {
    const source = nonEmpty(flag) !== undefined ? '--region' : regionVariable;
    throw new UsageError(`unknown region "${given}": use ${source} with one of ${regionIds.join(', ')}`);
  }
  return region;
}

function normaliseFolders(value: string | string[] | undefined): FolderId[] {
  const asked = listOf(value).map((folder) => folder.toLowerCase());
  if (asked.length === 0) return [...runDefaults.folders];
  const unknown = asked.filter((folder) => !(folderIds as readonly string[]).includes(folder));
  if (unknown.length > 0) {
    throw new UsageError(`unknown folder "${unknown.join('", "')}": use --folder with one of ${folderIds.join(', ')}`);
  }
  return folderIds.filter((folder) => asked.includes(folder));
}

function normaliseReporters(value: string | string[] | undefined): ReporterId[] {
  const asked = listOf(value).map((reporter) => reporter.toLowerCase());
  if (asked.length === 0) return [...runDefaults.reporters];
  const unknown = asked.filter((reporter) => !(reporterIds as readonly string[]).includes(reporter));
  if (unknown.length > 0) {
    throw new UsageError(`unknown reporter "${unknown.join('", "')}": use --reporters with any of ${reporterIds.join(', ')}`);
  }
  return reporterIds.filter((reporter) => asked.includes(reporter));
}

function normaliseUrl(value: string | undefined, flag: string, variable: string): string | undefined {
  const text = nonEmpty(value);
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${flag} / ${variable} "${text}" is not a URL: give an absolute http(s) URL such as https://host`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${flag} / ${variable} "${text}" must start with https:// or http://`);
  }
  return text.replace(/\/+$/, '');
}

function normaliseProfileId(value: string | number | undefined): string | undefined {
  const text = nonEmpty(value === undefined ? undefined : String(value));
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) {
    throw new UsageError(`profile id "${text}" is not a number: pass the numeric profileId from the Profiles list (--profile-id / AMAZON_ADS_PROFILE_ID)`);
  }
  return text;
}

function normaliseCountry(value: string | undefined): string | undefined {
  const text = nonEmpty(value)?.toUpperCase();
  if (text === undefined) return undefined;
  if (!/^[A-Z]{2}$/.test(text)) {
    throw new UsageError(`country "${value}" is not a two-letter marketplace code: use e.g. US, UK, DE, JP (--country / AMAZON_ADS_PROFILE_COUNTRY)`);
  }
  return text;
}

function positiveWholeNumber(value: number | string | undefined, flag: string, example: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new UsageError(`${flag} "${value}" is not a positive whole number: use e.g. ${flag} ${example}`);
  }
  return number;
}

/** Flags that take a list; yargs hands any flag given twice over as an array. */
const listFlags: ReadonlySet<string> = new Set(['folder', 'reporters', '_']);

function rejectRepeatedFlags(flags: RunFlags): void {
  for (const [key, value] of Object.entries(flags)) {
    if (Array.isArray(value) && !listFlags.has(key)) {
      const flag = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      throw new UsageError(`--${flag} was given ${value.length} times: give it once`);
    }
  }
}

/**
 * Flags win over variables, variables over defaults. `variables` is the process environment merged
 * over the env file (see credentials.ts `readVariables`); with --emulator pass `{}` so a developer's
 * real hosts or profile never leak into an emulator run.
 */
export function normaliseRunOptions(flags: RunFlags, variables: Variables = {}): RunOptions {
  rejectRepeatedFlags(flags);
  const emulator = flags.emulator === true;
  const region = normaliseRegion(flags.region, emulator ? undefined : variables[regionVariable]);
  const folders = normaliseFolders(flags.folder);

  if (emulator && (nonEmpty(flags.apiUrl) || nonEmpty(flags.tokenUrl) || nonEmpty(flags.authGrantUrl))) {
    throw new UsageError('--emulator starts its own server: drop --api-url / --token-url / --auth-grant-url, or drop --emulator');
  }
  const fromVariables = (name: string) => (emulator ? undefined : variables[name]);

  const profileId = normaliseProfileId(flags.profileId ?? fromVariables(profileVariables.profileId));
  const country = normaliseCountry(flags.country ?? fromVariables(profileVariables.country));

  if (folders.includes('campaigns') && !folders.includes('profiles') && profileId === undefined) {
    throw new UsageError('--folder campaigns needs a profile: add --folder profiles, or pass --profile-id (or AMAZON_ADS_PROFILE_ID)');
  }

  const envFile = nonEmpty(flags.envFile);
  const exportEnvironment = nonEmpty(flags.exportEnvironment);
  if (flags.exportSecrets === true && exportEnvironment === undefined) {
    throw new UsageError('--export-secrets only applies to an exported environment: add --export-environment PATH');
  }

  return {
    region,
    folders,
    profileId,
    country,
    envFile: envFile ?? runDefaults.envFile,
    envFileExplicit: envFile !== undefined,
    emulator,
    apiUrl: normaliseUrl(flags.apiUrl ?? fromVariables(urlVariables.apiUrl), '--api-url', urlVariables.apiUrl),
    tokenUrl: normaliseUrl(flags.tokenUrl ?? fromVariables(urlVariables.tokenUrl), '--token-url', urlVariables.tokenUrl),
    authGrantUrl: normaliseUrl(
      flags.authGrantUrl ?? fromVariables(urlVariables.authGrantUrl),
      '--auth-grant-url',
      urlVariables.authGrantUrl,
    ),
    reporters: normaliseReporters(flags.reporters),
    reportDir: nonEmpty(flags.reportDir) ?? runDefaults.reportDir,
    timeoutRequest: positiveWholeNumber(flags.timeoutRequest, '--timeout-request', '30000'),
    pageSize: positiveWholeNumber(flags.pageSize, '--page-size', '100'),
    bail: flags.bail === true,
    exportEnvironment: exportEnvironment === undefined ? undefined : path.resolve(exportEnvironment),
    exportSecrets: flags.exportSecrets === true,
    verbose: flags.verbose === true,
    collection: nonEmpty(flags.collection) ?? runDefaults.collection,
    environmentDir: nonEmpty(flags.environmentDir) ?? runDefaults.environmentDir,
    environment: nonEmpty(flags.environment),
  };
}

/** The region's hosts with the overrides applied: what the run injects as api_url / token_url / auth_grant_url. */
export function hostsOf(options: Pick<RunOptions, 'region' | 'apiUrl' | 'tokenUrl' | 'authGrantUrl'>): {
  api_url: string;
  token_url: string;
  auth_grant_url: string;
} {
  const region = regions[options.region];
  return {
    api_url: options.apiUrl ?? region.api_url,
    token_url: options.tokenUrl ?? region.token_url,
    auth_grant_url: options.authGrantUrl ?? region.auth_grant_url,
  };
}
