/**
 * The settings of a `collection` run, resolved once from the options table (flag -> process
 * environment -> env file -> default), with the rules that tie options together and the credentials
 * cleaned. Everything after this file trusts the shape of `RunOptions`; every bad value is a
 * UsageError (exit 2) raised before any request.
 */
import path from 'node:path';
import { hostsOf, type Hosts } from '../core/regions.js';
import { UsageError } from '../errors.js';
import { cleanCredentials, requireCredentials, type Credentials } from './credentials.js';
import { clearTextWarnings } from './clear-text-warning.js';
import { readVariables } from './env-file.js';
import { checkExportTarget } from './export-target.js';
import type { FlagsOf, SettingsOf } from './option-spec.js';
import { DEFAULT_ENV_FILE, folderIds, runOptionTable } from './options.js';
import { reportRange, type ReportDates } from '../report/report-range.js';
import { defaultEnvironmentDir } from './paths.js';
import { resolveOptions, type Variables } from './resolve-options.js';

/** The flags as yargs hands them over (or as an in-process caller passes them); all optional. */
export type RunFlags = FlagsOf<typeof runOptionTable> & {
  /** Folder holding amazon-ads-api.<region>.postman_environment.json (default environments/); not a CLI flag. */
  environmentDir?: string;
  /** --reporter-<name>-<option> values grouped by reporter (see src/run/reporter-flags.ts); not in the table. */
  reporterOptions?: Record<string, Record<string, unknown>>;
};

/** Several profiles in one run: --all-profiles, or --profile-id / --country given more than once. */
export interface ProfileSet {
  /** --all-profiles: every profile the Profiles list answers. */
  all: boolean;
  /** --profile-id values, in the order given (each must be listed). */
  ids: string[];
  /** --country values, in the order given (the first profile of each; each must have one). */
  countries: string[];
}

/** Everything a run needs to know, except the credentials. */
export type RunOptions = Omit<
  SettingsOf<typeof runOptionTable>,
  'folder' | 'envFile' | 'exportEnvironment' | 'apiUrl' | 'tokenUrl' | 'authGrantUrl' | 'profileId' | 'country' | 'allProfiles'
> & {
  /** The one profile asked for (--profile-id / AMAZON_ADS_PROFILE_ID), unless several are. */
  profileId?: string;
  /** The one country asked for (--country / AMAZON_ADS_PROFILE_COUNTRY), unless several are. */
  country?: string;
  /** Set when the run goes through several profiles (src/run/profiles/profile-loop.ts); undefined for a one-profile run. */
  profileSet?: ProfileSet;
  /** --folder: distinct aliases (auth, profiles, campaigns) and folder / request names or paths, as given. */
  folders: SettingsOf<typeof runOptionTable>['folder'];
  envFile: string;
  /** True when --env-file was given: then the file must exist. */
  envFileExplicit: boolean;
  /** Absolute path, when given. */
  exportEnvironment?: string;
  /** The region's hosts with --api-url / --token-url / --auth-grant-url applied (an emulator run replaces them with its own). */
  hosts: Hosts;
  environmentDir: string;
  /** --folder reports: the report's days (from --report-days or --report-start/--report-end). */
  reportDates?: ReportDates;
  /** Options of each reporter, by reporter name: { htmlextra: { export: 'out.html' } }. */
  reporterOptions: Record<string, Record<string, unknown>>;
};

/**
 * The options of a run. `variables` (the process environment over the env file) is read only after
 * the flags passed their checks; with --emulator it is not read at all, so a developer's real hosts or
 * profile never leak into an emulator run.
 */
export function resolveRunOptions(flags: RunFlags, variables: () => Variables = () => ({})): RunOptions {
  const emulator = flags.emulator === true;
  const settings = resolveOptions(runOptionTable, flags, emulator ? () => ({}) : variables);
  const { folder: asked, apiUrl, tokenUrl, authGrantUrl, envFile, exportEnvironment, profileId: askedIds, country: askedCountries, allProfiles, ...rest } = settings;
  // the report flow needs a token and a chosen profile: --folder reports runs auth and profiles first
  const aliases: readonly string[] = folderIds;
  const folder = asked.includes('reports')
    ? [...folderIds.filter((id) => asked.includes(id) || id === 'auth' || id === 'profiles'), ...asked.filter((name) => !aliases.includes(name))]
    : asked;
  const reporting = folder.includes('reports');
  if (!reporting && [settings.reportDays, settings.reportStart, settings.reportEnd, settings.reportTimeout].some((value) => value !== undefined)) {
    throw new UsageError('--report-days / --report-start / --report-end / --report-timeout only apply to --folder reports: add --folder reports');
  }
  const reportDates = reporting ? reportRange({ days: settings.reportDays, start: settings.reportStart, end: settings.reportEnd }) : undefined;
  // A flag beats the env file: --country given while the profile id came from a variable (e.g. the
  // AMAZON_ADS_PROFILE_ID `npm run auth` wrote) chooses by country; --profile-id likewise drops a variable's country.
  const flagGiven = (value: unknown) => value !== undefined && String(value).trim() !== '';
  let ids = askedIds;
  let countries = askedCountries;
  if (flagGiven(flags.country) && !flagGiven(flags.profileId)) ids = [];
  if (flagGiven(flags.profileId) && !flagGiven(flags.country)) countries = [];
  if (allProfiles) {
    if (flagGiven(flags.profileId) || flagGiven(flags.country)) {
      throw new UsageError('--all-profiles runs every profile of the login: drop --profile-id / --country, or drop --all-profiles');
    }
    // the profile or country a variable names (e.g. the one `npm run auth` wrote) does not narrow --all-profiles
    ids = [];
    countries = [];
  }
  const profileSet = allProfiles || ids.length > 1 || countries.length > 1 ? { all: allProfiles, ids, countries } : undefined;
  const profileId = profileSet ? undefined : ids[0];
  const country = profileSet ? undefined : countries[0];
  if (profileSet && settings.api === 'unified') {
    throw new UsageError('--api unified chooses one advertiser account: drop --all-profiles (or the repeated --profile-id / --country), or drop --api unified');
  }
  if (profileSet && folder.includes('reports')) {
    throw new UsageError('--folder reports downloads the report of one profile: give one --profile-id (or --country), or drop --folder reports');
  }
  if (profileSet && folder.includes('campaigns') && !folder.includes('profiles')) {
    throw new UsageError('--folder campaigns over several profiles needs the profile list to check and name them: add --folder profiles');
  }

  if (emulator && (apiUrl || tokenUrl || authGrantUrl)) {
    throw new UsageError('--emulator starts its own server: drop --api-url / --token-url / --auth-grant-url, or drop --emulator');
  }
  if (settings.api === 'unified' && flags.folder !== undefined) {
    throw new UsageError('--api unified runs its own requests (token, advertiser account, campaigns query): drop --folder, or drop --api unified');
  }
  if (settings.api !== 'unified' && folder.includes('campaigns') && !folder.includes('profiles') && profileId === undefined) {
    throw new UsageError('--folder campaigns needs a profile: add --folder profiles, or pass --profile-id (or AMAZON_ADS_PROFILE_ID)');
  }
  if (settings.exportSecrets && exportEnvironment === undefined) {
    throw new UsageError('--export-secrets only applies to an exported environment: add --export-environment PATH');
  }
  if (exportEnvironment !== undefined) checkExportTarget(exportEnvironment, envFile ?? DEFAULT_ENV_FILE);
  return {
    ...rest,
    profileId,
    country,
    ...(profileSet ? { profileSet } : {}),
    folders: folder,
    envFile: envFile ?? DEFAULT_ENV_FILE,
    envFileExplicit: envFile !== undefined,
    exportEnvironment: exportEnvironment === undefined ? undefined : path.resolve(exportEnvironment),
    hosts: hostsOf(settings.region, { apiUrl, tokenUrl, authGrantUrl }),
    environmentDir: flags.environmentDir?.trim() || defaultEnvironmentDir,
    reportDates,
    reporterOptions: flags.reporterOptions ?? {},
  };
}

export interface RunSettings {
  options: RunOptions;
  /** Undefined for an emulator run (it brings its own demo credentials). */
  credentials?: Credentials;
  /** To print before the run (never holding a value). */
  warnings: string[];
}

/** Options and credentials from flags, the env file they name and the process environment. */
export function resolveRunSettings(flags: RunFlags, processEnv: Variables = process.env): RunSettings {
  let variables: Variables | undefined;
  const options = resolveRunOptions(flags, () => {
    const envFile = flags.envFile === undefined || String(flags.envFile).trim() === '' ? undefined : String(flags.envFile).trim();
    variables = readVariables(envFile ?? DEFAULT_ENV_FILE, envFile !== undefined, processEnv);
    return variables;
  });
  if (options.emulator) return { options, warnings: [] };
  variables ??= readVariables(options.envFile, options.envFileExplicit, processEnv);
  const cleaned = cleanCredentials(variables, options.envFile);
  return { options, credentials: requireCredentials(cleaned.variables, options.envFile), warnings: [...cleaned.warnings, ...clearTextWarnings(options.hosts.token_url)] };
}
