/**
 * THE options table: every flag of `collection`, `auth` and `emulator`, declared once, with the
 * variable read when it is absent, its help text and its check. The yargs options, the TypeScript
 * types and the help are derived from here; resolve-options.ts resolves them
 * (flag -> process environment -> env file -> default). An option two commands share (region, hosts,
 * env file, country) is one entry used by both.
 */
import { regionIds, regionOf } from '../core/regions.js';
import { defineOption, type RawValue, type ValueSource } from './option-spec.js';
import { bailOf, colourModeOf, envVarsOf, existingFolderOf, readableFileOf } from './newman-values.js';
import { choicesOf, countriesOf, countryOf, endpointUrlOf, folderNamesOf, limitMsOf, MAX_TIMER_MS, positiveSecondsOf, positiveWholeNumberOf, profileIdOf, profileIdsOf, textOf, urlOf } from './parse-value.js';
import { defaultCollection } from './paths.js';
import { UsageError } from '../errors.js';
import { DEFAULT_MAX_PAGES } from '../rules/paging-bounds.js';

/** The aliases of `--folder` (src/run/selection/folders.ts maps them to requests). */
export const folderIds = ['auth', 'profiles', 'campaigns', 'reports'] as const;
export type FolderId = (typeof folderIds)[number];
/** What runs when --folder is not given (reports only on request: it waits for Amazon to build a file). */
export const defaultFolderIds: readonly FolderId[] = ['auth', 'profiles', 'campaigns'];
/** Report types `--folder reports` can download. */
export const reportTypeIds = ['spCampaigns'] as const;
export type ReportTypeId = (typeof reportTypeIds)[number];

/** What `--api` smoke-tests: the per-product APIs (profiles, SP/SB/SD lists) or the Unified API (/adsApi/v1). */
export const apiIds = ['sponsored-ads', 'unified'] as const;
export type ApiId = (typeof apiIds)[number];

/** Newman's built-in reporters: cli and progress print, junit and json write a file. */
export const reporterIds = ['cli', 'progress', 'junit', 'json'] as const;
export type ReporterId = (typeof reporterIds)[number];
/** A reporter name of --reporters: a built-in one, or <name> of an installed `newman-reporter-<name>`. */
export type ReporterName = ReporterId | (string & {});

function reporterNamesOf(raw: RawValue, source: ValueSource): ReporterName[] {
  const asked = raw === undefined || typeof raw === 'boolean' ? [] : (Array.isArray(raw) ? raw : [raw]).flatMap((entry) => String(entry).split(','));
  const names = [...new Set(asked.map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== ''))];
  const bad = names.find((name) => !/^[a-z0-9][a-z0-9._-]*$/.test(name));
  if (bad !== undefined) throw new UsageError(`unknown reporter "${bad}": use ${source.name} with ${reporterIds.join(', ')} or the <name> of an installed newman-reporter-<name>`);
  if (names.length === 0) return ['cli'];
  // built-in ones in their fixed order, then the others as given
  return [...reporterIds.filter((id) => names.includes(id)), ...names.filter((name) => !(reporterIds as readonly string[]).includes(name))];
}

export const variables = {
  region: 'AMAZON_ADS_REGION',
  profileId: 'AMAZON_ADS_PROFILE_ID',
  country: 'AMAZON_ADS_PROFILE_COUNTRY',
  apiUrl: 'AMAZON_ADS_API_URL',
  tokenUrl: 'AMAZON_ADS_TOKEN_URL',
  authGrantUrl: 'AMAZON_ADS_AUTH_GRANT_URL',
  maxPages: 'AMAZON_ADS_MAX_PAGES',
  clientId: 'AMAZON_ADS_CLIENT_ID',
  clientSecret: 'AMAZON_ADS_CLIENT_SECRET',
  refreshToken: 'AMAZON_ADS_REFRESH_TOKEN',
  redirectUri: 'AMAZON_ADS_REDIRECT_URI',
} as const;

export const DEFAULT_ENV_FILE = '.env';
/** --max-response-mb: the default, and the most (a longer body exceeds the longest string V8 holds). */
export const DEFAULT_MAX_RESPONSE_MB = 64;
export const LARGEST_RESPONSE_MB = 512;
/** --timeout-script: the least accepted, in ms (the sandbox takes a few ms to start, more on a busy machine). */
export const MIN_SCRIPT_TIMEOUT_MS = 100;
/** Default limit of one request, from its start to the last byte of its answer (collection and auth). */
export const DEFAULT_TIMEOUT_REQUEST_MS = 60_000;
/** Default limit of a whole `collection` run: above the report wait's default (1800 s) and a long paging run. */
export const DEFAULT_RUN_TIMEOUT_MS = 3_600_000;

const text = (raw: RawValue) => textOf(raw);
const flag = (raw: RawValue) => raw === true;

/** Options `collection` and `auth` share. */
const shared = {
  region: defineOption({
    flag: 'region',
    variable: variables.region,
    type: 'string',
    describe: `Amazon Ads region: ${regionIds.join(', ')}`,
    defaultDescription: `${variables.region}, else na`,
    parse: (raw, source) => regionOf(textOf(raw), source.name),
  }),
  country: defineOption({
    flag: 'country',
    variable: variables.country,
    type: 'string',
    describe: `Choose the profile by marketplace country code, e.g. UK, DE (else ${variables.country})`,
    defaultDescription: 'none',
    parse: countryOf,
  }),
  envFile: defineOption({
    flag: 'env-file',
    type: 'string',
    describe: 'File with the AMAZON_ADS_* variables (the process environment wins); an explicitly named file must exist',
    defaultDescription: DEFAULT_ENV_FILE,
    parse: text,
  }),
  apiUrl: defineOption({
    flag: 'api-url',
    variable: variables.apiUrl,
    type: 'string',
    describe: `Ads API host instead of the region's (else ${variables.apiUrl})`,
    defaultDescription: 'the region host',
    parse: (raw, source) => endpointUrlOf(raw, source, variables.apiUrl),
  }),
  tokenUrl: defineOption({
    flag: 'token-url',
    variable: variables.tokenUrl,
    type: 'string',
    describe: `Login with Amazon token endpoint instead of the region's (else ${variables.tokenUrl})`,
    defaultDescription: 'the region endpoint',
    parse: (raw, source) => endpointUrlOf(raw, source, variables.tokenUrl),
  }),
  authGrantUrl: defineOption({
    flag: 'auth-grant-url',
    variable: variables.authGrantUrl,
    type: 'string',
    describe: `Consent page instead of the region's (else ${variables.authGrantUrl})`,
    defaultDescription: 'the region page',
    parse: (raw, source) => urlOf(raw, source, variables.authGrantUrl),
  }),
  timeoutRequest: defineOption({
    flag: 'timeout-request',
    type: 'string',
    describe: `Milliseconds one request may take, connecting and reading the whole answer included (at most ${MAX_TIMER_MS})`,
    defaultDescription: String(DEFAULT_TIMEOUT_REQUEST_MS),
    parse: (raw, source) => positiveWholeNumberOf(raw, source, '30000', MAX_TIMER_MS) ?? DEFAULT_TIMEOUT_REQUEST_MS,
  }),
};

/** `npm run collection -- ...` */
export const runOptionTable = {
  region: shared.region,
  folder: defineOption({
    flag: 'folder',
    type: 'list',
    describe: `What to run, repeatable: ${folderIds.join(', ')}, or any folder or request by name, path ("Sponsored Products/Campaigns") or id; runs in collection order, with the token refresh and the profile or account choice it needs`,
    defaultDescription: JSON.stringify(defaultFolderIds),
    parse: (raw) => folderNamesOf(raw, folderIds, defaultFolderIds),
  }),
  excludeFolder: defineOption({
    flag: 'exclude-folder',
    type: 'list',
    describe: 'Leave out a folder or request of what --folder selects, repeatable: by name, path or id (the token refresh and profile choice the rest needs still run)',
    defaultDescription: 'none',
    parse: (raw) => folderNamesOf(raw, [], []),
  }),
  api: defineOption({
    flag: 'api',
    type: 'string',
    describe: `Which API to smoke-test: ${apiIds.join(', ')} (unified: token, advertiser account, every page of the Unified API campaigns query)`,
    defaultDescription: JSON.stringify(apiIds[0]),
    parse: (raw, source) => choicesOf(textOf(raw), apiIds, [apiIds[0]], 'api', source, 'one of')[0],
  }),
  profileId: defineOption({
    flag: 'profile-id',
    variable: variables.profileId,
    type: 'list',
    describe: `Profile to use (else ${variables.profileId}, else by --country, else the first listed); repeatable: the per-profile requests run once for each`,
    defaultDescription: 'none',
    parse: profileIdsOf,
  }),
  country: defineOption({
    ...shared.country,
    type: 'list',
    describe: `Choose the profile by marketplace country code, e.g. UK, DE (else ${variables.country}); repeatable: the first profile of each country, one after the other`,
    parse: countriesOf,
  }),
  envFile: shared.envFile,
  emulator: defineOption({
    flag: 'emulator',
    type: 'boolean',
    describe: 'Start the embedded emulator and use its demo credentials (no .env needed)',
    defaultDescription: 'false',
    parse: flag,
  }),
  apiUrl: shared.apiUrl,
  tokenUrl: shared.tokenUrl,
  authGrantUrl: shared.authGrantUrl,
  reporters: defineOption({
    flag: 'reporters',
    alias: 'r',
    type: 'list',
    describe: `Comma-separated reporters: ${reporterIds.join(', ')}, or any installed newman-reporter-<name> (e.g. htmlextra, the HTML report); its options pass through as --reporter-<name>-<option>`,
    defaultDescription: JSON.stringify('cli'),
    parse: (raw, source) => reporterNamesOf(raw, source),
  }),
  reportDir: defineOption({
    flag: 'report-dir',
    type: 'string',
    describe: 'Folder for the junit / json report files and the --folder reports files',
    defaultDescription: JSON.stringify('reports'),
    parse: (raw) => textOf(raw) ?? 'reports',
  }),
  timeoutRequest: defineOption({
    ...shared.timeoutRequest,
    describe: `${shared.timeoutRequest.describe}; 0 = no limit`,
    // 0 = no limit, as with `newman run`
    parse: (raw, source) => {
      const limit = limitMsOf(raw, source, '30000');
      return limit === 0 ? undefined : (limit ?? DEFAULT_TIMEOUT_REQUEST_MS);
    },
  }),
  pageSize: defineOption({
    flag: 'page-size',
    type: 'string',
    describe: 'Page size of the campaign list calls (maxResults / count); the run still follows every page',
    defaultDescription: "the API's",
    parse: (raw, source) => positiveWholeNumberOf(raw, source, '100'),
  }),
  maxPages: defineOption({
    flag: 'max-pages',
    variable: variables.maxPages,
    type: 'string',
    describe: `Most pages one campaign list may take before the run stops with page_limit (else ${variables.maxPages})`,
    defaultDescription: String(DEFAULT_MAX_PAGES),
    parse: (raw, source) => positiveWholeNumberOf(raw, source, String(DEFAULT_MAX_PAGES)) ?? DEFAULT_MAX_PAGES,
  }),
  collection: defineOption({
    flag: 'collection',
    type: 'string',
    describe: 'Postman collection (v2.1) to run',
    defaultDescription: 'collections/amazon-ads-api.postman_collection.json',
    parse: (raw) => textOf(raw) ?? defaultCollection,
  }),
  environment: defineOption({
    flag: 'environment',
    alias: 'e',
    type: 'string',
    describe: 'Postman environment to start from (credentials, hosts and profile are injected into it)',
    defaultDescription: 'environments/amazon-ads-api.<region>.postman_environment.json',
    parse: text,
  }),
  bail: defineOption({
    flag: 'bail',
    type: 'string',
    describe: 'Stop the run at the first failure, as `newman run --bail [folder,failure]`: alone or with failure, after the test script of the failed request; with folder, also at the first request or script error',
    defaultDescription: 'false',
    parse: bailOf,
  }),
  exportEnvironment: defineOption({
    flag: 'export-environment',
    type: 'string',
    describe: 'Write the final environment to PATH as a Postman environment (mode 0600; secrets typed secret and emptied unless --export-secrets)',
    defaultDescription: 'none',
    parse: text,
  }),
  exportGlobals: defineOption({
    flag: 'export-globals',
    type: 'string',
    describe: 'Write the final globals to PATH (mode 0600; secrets typed secret and emptied unless --export-secrets)',
    defaultDescription: 'none',
    parse: text,
  }),
  exportCollection: defineOption({
    flag: 'export-collection',
    type: 'string',
    describe: 'Write the collection as it ran (the requests --folder selected) to PATH (mode 0600; secrets masked)',
    defaultDescription: 'none',
    parse: text,
  }),
  exportSecrets: defineOption({
    flag: 'export-secrets',
    type: 'boolean',
    describe: 'Keep the secrets in the exported environment and globals',
    defaultDescription: 'false',
    parse: flag,
  }),
  reportDays: defineOption({
    flag: 'report-days',
    type: 'string',
    describe: '--folder reports: the last N full days (UTC), up to 31',
    defaultDescription: '7',
    parse: (raw, source) => positiveWholeNumberOf(raw, source, '7'),
  }),
  reportStart: defineOption({ flag: 'report-start', type: 'string', describe: '--folder reports: first day YYYY-MM-DD (with --report-end)', defaultDescription: 'none', parse: text }),
  reportEnd: defineOption({ flag: 'report-end', type: 'string', describe: '--folder reports: last day YYYY-MM-DD (with --report-start)', defaultDescription: 'none', parse: text }),
  reportType: defineOption({
    flag: 'report-type',
    type: 'string',
    describe: `--folder reports: report type, one of ${reportTypeIds.join(', ')}`,
    defaultDescription: JSON.stringify('spCampaigns'),
    parse: (raw, source) => {
      const given = textOf(raw);
      const found = reportTypeIds.find((id) => id.toLowerCase() === (given ?? 'spCampaigns').toLowerCase());
      if (!found) throw new UsageError(`unknown report type "${given}": use ${source.name} with one of ${reportTypeIds.join(', ')}`);
      return found;
    },
  }),
  reportTimeout: defineOption({
    flag: 'report-timeout',
    type: 'string',
    describe: '--folder reports: seconds to wait for the report to be COMPLETED (report_timeout_seconds)',
    defaultDescription: "the environment's (1800)",
    parse: (raw, source) => (textOf(raw) === undefined ? undefined : positiveSecondsOf(raw, source, 1800)),
  }),
  verbose: defineOption({
    flag: 'verbose',
    type: 'boolean',
    describe: 'Show every request and response in the CLI output (secrets masked)',
    defaultDescription: 'false',
    parse: flag,
  }),
  // Newman's own options, same names and meaning as `newman run`
  envVar: defineOption({
    flag: 'env-var',
    type: 'list',
    describe: 'Set an environment variable, repeatable: --env-var KEY=VALUE (values of secret variables are masked in every output)',
    defaultDescription: 'none',
    parse: (raw, source) => envVarsOf(raw, source),
  }),
  globals: defineOption({
    flag: 'globals',
    alias: 'g',
    type: 'string',
    describe: 'Postman globals file to start from (JSON export of the Globals)',
    defaultDescription: 'none',
    parse: (raw, source) => readableFileOf(raw, source, 'a Postman globals JSON file'),
  }),
  globalVar: defineOption({
    flag: 'global-var',
    type: 'list',
    describe: 'Set a global variable, repeatable: --global-var KEY=VALUE (values named like a secret are masked in every output)',
    defaultDescription: 'none',
    parse: (raw, source) => envVarsOf(raw, source),
  }),
  iterationData: defineOption({
    flag: 'iteration-data',
    alias: 'd',
    type: 'string',
    describe: 'Data file (JSON or CSV) to run the collection once per row, its columns as data variables',
    defaultDescription: 'none',
    parse: (raw, source) => readableFileOf(raw, source, 'a JSON or CSV data file'),
  }),
  iterationCount: defineOption({
    flag: 'iteration-count',
    alias: 'n',
    type: 'string',
    describe: 'Run the collection N times (with --iteration-data: the first N rows, the last row repeated past its end)',
    defaultDescription: '1, or one per --iteration-data row',
    parse: (raw, source) => positiveWholeNumberOf(raw, source, '2'),
  }),
  workingDir: defineOption({
    flag: 'working-dir',
    type: 'string',
    describe: "Folder the collection's file references (form-data and binary bodies) are read from",
    defaultDescription: 'the current folder',
    parse: existingFolderOf,
  }),
  cookieJar: defineOption({
    flag: 'cookie-jar',
    type: 'string',
    describe: 'Cookie jar to start from (a JSON file serialized by tough-cookie)',
    defaultDescription: 'none',
    parse: (raw, source) => readableFileOf(raw, source, 'a tough-cookie JSON file'),
  }),
  ignoreRedirects: defineOption({
    flag: 'ignore-redirects',
    type: 'boolean',
    describe: 'Follow no 3xx redirect: always the case here (a redirect would carry the credentials to another host); accepted as with `newman run`',
    defaultDescription: 'true',
    parse: flag,
  }),
  disableUnicode: defineOption({
    flag: 'disable-unicode',
    type: 'boolean',
    describe: 'Plain text instead of Unicode symbols in the CLI output (Pass / Fail, ->, ...)',
    defaultDescription: 'false',
    parse: flag,
  }),
  delayRequest: defineOption({
    flag: 'delay-request',
    type: 'string',
    describe: 'Milliseconds to wait between requests',
    defaultDescription: '0',
    parse: (raw, source) => positiveWholeNumberOf(raw, source, '500', MAX_TIMER_MS),
  }),
  timeout: defineOption({
    flag: 'timeout',
    type: 'string',
    describe: 'Milliseconds the whole run may take (0 = no limit); past it the run stops with run_timeout, its reports still written',
    defaultDescription: String(DEFAULT_RUN_TIMEOUT_MS),
    parse: (raw, source) => {
      const limit = limitMsOf(raw, source, '600000');
      return limit === 0 ? undefined : (limit ?? DEFAULT_RUN_TIMEOUT_MS);
    },
  }),
  timeoutScript: defineOption({
    flag: 'timeout-script',
    type: 'string',
    describe: `Milliseconds one script may take (at least ${MIN_SCRIPT_TIMEOUT_MS}; 0 = no limit)`,
    defaultDescription: 'none',
    parse: (raw, source) => {
      const limit = limitMsOf(raw, source, '5000') || undefined;
      // the limit also bounds the Postman sandbox's own start: a few ms past it, Newman crashes with a stack trace
      if (limit !== undefined && limit < MIN_SCRIPT_TIMEOUT_MS) {
        throw new UsageError(`${source.name} "${textOf(raw)}" is below ${MIN_SCRIPT_TIMEOUT_MS}, too short for the Postman sandbox to start: use e.g. --${source.flag} 5000`);
      }
      return limit;
    },
  }),
  insecure: defineOption({ flag: 'insecure', alias: 'k', type: 'boolean', describe: 'Accept any TLS certificate (self-signed, expired, wrong host)', defaultDescription: 'false', parse: flag }),
  sslExtraCaCerts: defineOption({
    flag: 'ssl-extra-ca-certs',
    type: 'string',
    describe: 'PEM file of extra trusted CA certificates',
    defaultDescription: 'none',
    parse: readableFileOf,
  }),
  sslClientCertList: defineOption({
    flag: 'ssl-client-cert-list',
    type: 'string',
    describe: 'JSON file of client certificates by URL pattern ([{ name, matches, key: { src }, cert: { src }, passphrase }]); --ssl-client-cert applies where none matches',
    defaultDescription: 'none',
    parse: (raw, source) => readableFileOf(raw, source, 'a JSON file of client certificates'),
  }),
  sslClientCert: defineOption({ flag: 'ssl-client-cert', type: 'string', describe: 'PEM file of the TLS client certificate', defaultDescription: 'none', parse: readableFileOf }),
  sslClientKey: defineOption({ flag: 'ssl-client-key', type: 'string', describe: 'PEM file of the TLS client certificate key', defaultDescription: 'none', parse: readableFileOf }),
  sslClientPassphrase: defineOption({
    flag: 'ssl-client-passphrase',
    type: 'string',
    describe: 'Passphrase of the TLS client key (a secret: masked in every output)',
    defaultDescription: 'none',
    parse: (raw) => (typeof raw === 'string' && raw !== '' ? raw : undefined),
  }),
  suppressExitCode: defineOption({
    flag: 'suppress-exit-code',
    alias: 'x',
    type: 'boolean',
    describe: 'Exit 0 even when a request or assertion failed (usage errors still exit 2)',
    defaultDescription: 'false',
    parse: flag,
  }),
  silent: defineOption({ flag: 'silent', type: 'boolean', describe: 'Print nothing on stdout (no request lines, progress or summary)', defaultDescription: 'false', parse: flag }),
  color: defineOption({
    flag: 'color',
    type: 'string',
    describe: 'Colours in the CLI output: on, off, or auto (a terminal and NO_COLOR unset; FORCE_COLOR=1 forces them, FORCE_COLOR=0 turns them off)',
    defaultDescription: 'auto',
    parse: colourModeOf,
  }),
  allProfiles: defineOption({
    flag: 'all-profiles',
    type: 'boolean',
    describe: 'Run the per-profile requests (e.g. the campaign lists) once for every profile of the login, with one token, and print a table of the profiles',
    defaultDescription: 'false',
    parse: flag,
  }),
  allowWrites: defineOption({
    flag: 'allow-writes',
    type: 'boolean',
    describe: 'Send the selected requests that create, update or delete (campaigns, ads, budgets, ...) to a host that is not this machine; without it such a run stops before any request (the emulator and localhost need no flag)',
    defaultDescription: 'false',
    parse: flag,
  }),
  dryRun: defineOption({
    flag: 'dry-run',
    type: 'boolean',
    describe: 'Print what the run would send (request, method, URL; secrets masked) and send nothing',
    defaultDescription: 'false',
    parse: flag,
  }),
  maxResponseMb: defineOption({
    flag: 'max-response-mb',
    type: 'string',
    describe: `Largest response body the run reads, in MB (at most ${LARGEST_RESPONSE_MB}); a larger one ends the run with response_too_large`,
    defaultDescription: String(DEFAULT_MAX_RESPONSE_MB),
    parse: (raw, source) => {
      const megabytes = positiveWholeNumberOf(raw, source, String(DEFAULT_MAX_RESPONSE_MB)) ?? DEFAULT_MAX_RESPONSE_MB;
      if (megabytes > LARGEST_RESPONSE_MB) {
        throw new UsageError(`${source.name} "${textOf(raw)}" is above ${LARGEST_RESPONSE_MB}, the largest body a script can read as text: use e.g. --${source.flag} ${DEFAULT_MAX_RESPONSE_MB}`);
      }
      return megabytes;
    },
  }),
};

/**
 * A whole number option of the emulator, in the emulator's own words (`--port must be a whole number
 * ...`), the same for the flag and for startEmulator's in-code option (src/emulator/options.ts maps
 * those onto this table). `fallback` is the value when it is absent.
 */
function emulatorNumber(min: number, max: number | undefined, fallback: number): (raw: RawValue, source: ValueSource) => number;
function emulatorNumber(min: number, max?: number): (raw: RawValue, source: ValueSource) => number | undefined;
function emulatorNumber(min: number, max?: number, fallback?: number) {
  return (raw: RawValue, source: ValueSource): number | undefined => {
    if (raw === undefined) return fallback;
    const given = String(Array.isArray(raw) ? raw[raw.length - 1] : raw).trim();
    const number = /^\d+$/.test(given) ? Number(given) : NaN;
    if (!Number.isSafeInteger(number) || number < min || (max !== undefined && number > max)) {
      const range = max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
      throw new UsageError(`${source.name} must be a whole number ${range}, got ${JSON.stringify(given)} (see --help)`);
    }
    return number;
  };
}

/** Most SP / SB / SD campaigns per profile an emulator generates. */
export const MAX_EMULATOR_CAMPAIGNS = 1_000_000;
/** Most rows of an emulator's report file. */
export const MAX_EMULATOR_REPORT_ROWS = 10_000_000;

/** A whole number option with its default (shown in --help). */
const emulatorNumberOption = (name: string, describe: string, min: number, max: number | undefined, fallback: number) =>
  defineOption({ flag: name, type: 'string', describe: `${describe} [whole number]`, defaultDescription: String(fallback), parse: emulatorNumber(min, max, fallback) });
/** A whole number option that is absent unless given. */
const emulatorOptionalNumber = (name: string, describe: string, min: number, max?: number) =>
  defineOption({ flag: name, type: 'string', describe: `${describe} [whole number]`, parse: emulatorNumber(min, max) });
const emulatorSwitch = (name: string, describe: string) => defineOption({ flag: name, type: 'boolean', describe, parse: flag });

/**
 * `npm run emulator -- ...` and startEmulator({...}) (no variables: an emulator is configured by its
 * flags or its in-code options only). Each option is checked here, once, with its default.
 */
export const emulatorOptionTable = {
  region: defineOption({
    flag: 'region',
    type: 'string',
    describe: `Region whose marketplaces the profiles belong to: ${regionIds.join(', ')}`,
    defaultDescription: 'na',
    parse: (raw, source) => regionOf(textOf(raw), source.name),
  }),
  port: emulatorNumberOption('port', 'Port on 127.0.0.1 (0 = any free port)', 0, 65535, 0),
  seed: emulatorNumberOption('seed', 'Seed of the generated profiles and campaigns', 0, undefined, 1),
  campaigns: emulatorNumberOption('campaigns', 'SP campaigns per profile', 0, MAX_EMULATOR_CAMPAIGNS, 5),
  sbCampaigns: emulatorNumberOption('sb-campaigns', 'SB campaigns per profile', 0, MAX_EMULATOR_CAMPAIGNS, 3),
  sdCampaigns: emulatorNumberOption('sd-campaigns', 'SD campaigns per profile', 0, MAX_EMULATOR_CAMPAIGNS, 2),
  pageSize: emulatorOptionalNumber('page-size', 'Page size when a list call sends no maxResults/count (default: the largest the API allows)', 1),
  throttle: emulatorNumberOption('throttle', 'The first N Ads API calls answer 429 with Retry-After', 0, undefined, 0),
  retryAfter: emulatorNumberOption('retry-after', 'Retry-After of throttled calls, in seconds', 0, undefined, 1),
  serverErrors: emulatorNumberOption('server-errors', 'The next N Ads API calls answer 500, 503, 500, ...', 0, undefined, 0),
  latency: emulatorNumberOption('latency', 'Delay before every response, in milliseconds', 0, undefined, 0),
  tokenTtl: emulatorNumberOption('token-ttl', 'expires_in of issued access tokens, in seconds', 1, undefined, 3600),
  expireTokensAfter: emulatorNumberOption('expire-tokens-after', 'After N Ads API calls, the access tokens issued so far stop working (expired early); 0 = never', 0, undefined, 0),
  emptyProfiles: emulatorSwitch('empty-profiles', 'GET /v2/profiles answers [] and every scope is refused'),
  malformed: emulatorSwitch('malformed', 'List calls answer a body that is not valid JSON'),
  repeatNextToken: emulatorSwitch('repeat-next-token', 'SP/SB list calls answer, from page two on, the nextToken they were sent'),
  rejectRefresh: emulatorSwitch('reject-refresh', 'The refresh_token grant answers invalid_grant'),
  autoConsent: emulatorSwitch('auto-consent', 'GET /ap/oa redirects at once with code and state'),
  reportFail: emulatorSwitch('report-fail', 'Reports end FAILED with a failureReason'),
  reportNotGzip: emulatorSwitch('report-not-gzip', 'Report files are served as plain JSON, not gzip'),
  reportTruncated: emulatorSwitch('report-truncated', 'Report files stop halfway through the gzip stream'),
  reportDelay: emulatorNumberOption('report-delay', 'Status polls a report stays PENDING/PROCESSING before COMPLETED', 0, undefined, 2),
  reportDelaySeconds: emulatorNumberOption('report-delay-seconds', 'Seconds after its creation before a report can be COMPLETED', 0, undefined, 0),
  reportRows: emulatorOptionalNumber('report-rows', 'Rows of every report file (default: one per SP campaign and day)', 0, MAX_EMULATOR_REPORT_ROWS),
  reportUrlTtl: emulatorNumberOption('report-url-ttl', 'Seconds a report download URL works (0 = expired at once, 403)', 0, undefined, 3600),
  largeProfileIds: emulatorSwitch('large-profile-ids', 'Profile ids above 2^53 (9007199254740993, ...), which JSON.parse rounds'),
  profiles: emulatorOptionalNumber('profiles', "An account of N profiles spread over the region's marketplaces (default: one per marketplace)", 1, 100_000),
  deniedProfile: emulatorOptionalNumber('denied-profile', 'Calls scoped to the profile at this position (1 = first listed) answer 403', 1),
};

/** Return URL used when none is given: served by the local callback server. Add it to the security profile. */
export const DEFAULT_REDIRECT_URI = 'http://localhost:8765/callback';

/** `npm run auth -- ...` */
export const authOptionTable = {
  region: shared.region,
  clientId: defineOption({
    flag: 'client-id',
    variable: variables.clientId,
    type: 'string',
    describe: `LWA client id (else ${variables.clientId}, else asked)`,
    parse: (raw) => (typeof raw === 'string' ? raw : undefined),
  }),
  clientSecret: defineOption({
    flag: 'client-secret',
    variable: variables.clientSecret,
    type: 'string',
    describe: `LWA client secret (else ${variables.clientSecret}, else asked without echo)`,
    parse: (raw) => (typeof raw === 'string' ? raw : undefined),
  }),
  redirectUri: defineOption({
    flag: 'redirect-uri',
    variable: variables.redirectUri,
    type: 'string',
    describe: `an allowed return URL of the security profile (else ${variables.redirectUri}, default ${DEFAULT_REDIRECT_URI})`,
    // checked as a URL but kept exactly as given: the code exchange must repeat it character for character
    parse: (raw, source) => (urlOf(raw, source, variables.redirectUri) === undefined ? undefined : textOf(raw)),
  }),
  code: defineOption({ flag: 'code', type: 'string', describe: 'an authorization code you already have (skips the browser step)', parse: (raw) => (typeof raw === 'string' ? raw : undefined) }),
  redirectUrl: defineOption({
    flag: 'redirect-url',
    type: 'string',
    describe: 'the address the browser landed on after consent (skips the browser step)',
    parse: (raw) => (typeof raw === 'string' ? raw : undefined),
  }),
  state: defineOption({ flag: 'state', type: 'string', describe: 'the state of the authorization URL that --redirect-url answers', parse: text }),
  country: shared.country,
  envFile: defineOption({ ...shared.envFile, describe: 'env file to create or update (mode 0600)', parse: (raw) => textOf(raw) ?? DEFAULT_ENV_FILE }),
  open: defineOption({ flag: 'open', type: 'boolean', describe: 'open the authorization URL in a browser, when one is available', defaultDescription: 'false', parse: flag }),
  browser: defineOption({
    flag: 'browser',
    type: 'boolean',
    describe: 'use --no-browser to never open a browser (only print the URL)',
    defaultDescription: 'true',
    parse: (raw) => raw !== false,
  }),
  callbackTimeout: defineOption({
    flag: 'callback-timeout',
    type: 'string',
    describe: 'seconds to wait for the browser at a localhost redirect_uri',
    defaultDescription: '300',
    parse: (raw, source) => positiveSecondsOf(raw, source, 300),
  }),
  tokenUrl: shared.tokenUrl,
  apiUrl: shared.apiUrl,
  authGrantUrl: shared.authGrantUrl,
  timeoutRequest: shared.timeoutRequest,
};
