import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { resolveRunOptions, type RunFlags } from '../../src/config/run-settings.js';
import type { Variables } from '../../src/config/resolve-options.js';
import { regions } from '../../src/core/regions.js';

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

/** The options of `flags` with `variables` as the process environment over the env file. */
const resolve = (flags: RunFlags, variables: Variables = {}) => resolveRunOptions(flags, () => variables);

describe('resolveRunOptions', () => {
  it('applies the defaults when nothing is given', () => {
    const options = resolve({});
    expect(options).toMatchObject({
      region: 'na',
      folders: ['auth', 'profiles', 'campaigns'],
      envFile: '.env',
      envFileExplicit: false,
      emulator: false,
      reporters: ['cli'],
      reportDir: 'reports',
      bail: false,
      exportSecrets: false,
      verbose: false,
    });
    expect(options.hosts).toEqual({ api_url: regions.na.api_url, token_url: regions.na.token_url, auth_grant_url: regions.na.auth_grant_url });
    expect(options.timeoutRequest).toBe(60_000);
    expect(options.maxPages).toBe(10000);
  });

  it('rejects an unknown region, listing the valid ones', () => {
    expect(usageError(() => resolve({ region: 'xx' })).message).toMatch(/unknown region "xx".*na, eu, fe/);
  });

  it('takes the region from --region, else AMAZON_ADS_REGION (written by npm run auth), else na', () => {
    expect(resolve({}, { AMAZON_ADS_REGION: 'fe' }).region).toBe('fe');
    expect(resolve({ region: 'eu' }, { AMAZON_ADS_REGION: 'fe' }).region).toBe('eu');
    expect(resolve({ emulator: true }, { AMAZON_ADS_REGION: 'fe' }).region).toBe('na');
    expect(usageError(() => resolve({}, { AMAZON_ADS_REGION: 'mars' })).message).toMatch(/use AMAZON_ADS_REGION with one of/);
  });

  it('accepts a region in any case', () => {
    expect(resolve({ region: 'EU' }).region).toBe('eu');
  });

  it('keeps a folder or request name as given (the run checks it against the collection: test/run/folders.test.ts)', () => {
    expect(resolve({ folder: ['Sponsored Products/Campaigns', 'auth', ' Reporting '] }).folders).toEqual(['auth', 'Sponsored Products/Campaigns', 'Reporting']);
    expect(resolve({ folder: 'AUTH,Profiles' }).folders).toEqual(['auth', 'profiles']);
  });

  it('--folder reports runs auth and profiles first, with the report range of its flags', () => {
    const options = resolve({ folder: 'reports', reportStart: '2026-01-01', reportEnd: '2026-01-31', reportTimeout: '90' });
    expect(options.folders).toEqual(['auth', 'profiles', 'reports']);
    expect(options.reportDates).toEqual({ startDate: '2026-01-01', endDate: '2026-01-31' });
    expect(options.reportTimeout).toBe(90);
    expect(options.reportType).toBe('spCampaigns');
    expect(resolve({ folder: ['campaigns', 'reports'], reportDays: '3' }).folders).toEqual(['auth', 'profiles', 'campaigns', 'reports']);
    expect(resolve({}).reportDates).toBeUndefined();
    expect(usageError(() => resolve({ folder: 'reports', reportDays: '32' })).message).toMatch(/--report-days must be a whole number from 1 to 31/);
    expect(usageError(() => resolve({ reportTimeout: '5' })).message).toMatch(/only apply to --folder reports/);
  });

  it('runs folders once each, always in the order auth, profiles, campaigns', () => {
    expect(resolve({ folder: ['campaigns', 'auth', 'profiles', 'auth'] }).folders).toEqual(['auth', 'profiles', 'campaigns']);
    expect(resolve({ folder: 'profiles,auth' }).folders).toEqual(['auth', 'profiles']);
  });

  it('refuses campaigns without a way to know the profile', () => {
    expect(usageError(() => resolve({ folder: ['campaigns'] })).message).toMatch(/--folder campaigns needs a profile/);
    expect(resolve({ folder: ['campaigns'], profileId: '123' }).folders).toEqual(['campaigns']);
    expect(resolve({ folder: ['campaigns'] }, { AMAZON_ADS_PROFILE_ID: '55' }).profileId).toBe('55');
  });

  it('takes hosts from flags first, then AMAZON_ADS_* variables, and strips a trailing slash', () => {
    const variables = { AMAZON_ADS_API_URL: 'http://127.0.0.1:1/', AMAZON_ADS_TOKEN_URL: 'http://127.0.0.1:1/auth/o2/token' };
    const fromVariables = resolve({}, variables);
    expect(resolve({ apiUrl: 'https://flag.example' }, variables).hosts.api_url).toBe('https://flag.example');
    expect(fromVariables.hosts).toEqual({
      api_url: 'http://127.0.0.1:1',
      token_url: 'http://127.0.0.1:1/auth/o2/token',
      auth_grant_url: regions.na.auth_grant_url,
    });
  });

  it('rejects a host that is not an http(s) URL', () => {
    expect(usageError(() => resolve({ apiUrl: 'advertising-api.amazon.com' })).message).toMatch(/--api-url.*not a URL/);
    expect(usageError(() => resolve({}, { AMAZON_ADS_TOKEN_URL: 'ftp://x' })).message).toMatch(/AMAZON_ADS_TOKEN_URL.*https:\/\//);
  });

  it('rejects an API or token URL with a query string or fragment (every request would 404), never echoing a password', () => {
    const error = usageError(() => resolve({ apiUrl: 'http://user:Secret-Pw@127.0.0.1:9/?marketplace=US' }));
    expect(error.message).toBe(
      '--api-url / AMAZON_ADS_API_URL "http://[REDACTED]@127.0.0.1:9/?marketplace=[REDACTED]" has a query string or fragment (?... / #...), which would end up inside every request\'s address: give the URL without it, e.g. http://127.0.0.1:9',
    );
    expect(usageError(() => resolve({}, { AMAZON_ADS_TOKEN_URL: 'https://t.example/auth/o2/token#x' })).message).toMatch(/^--token-url \/ AMAZON_ADS_TOKEN_URL .* e\.g\. https:\/\/t\.example\/auth\/o2\/token$/);
    expect(usageError(() => resolve({ tokenUrl: 'https://t.example/token?' })).message).toMatch(/query string/);
    expect(usageError(() => resolve({ apiUrl: 'ftp://user:Secret-Pw@host' })).message).not.toContain('Secret-Pw');
    expect(resolve({ apiUrl: 'http://user:Secret-Pw@127.0.0.1:9/' }).hosts.api_url).toBe('http://user:Secret-Pw@127.0.0.1:9');
  });

  it('with --emulator ignores the variables and refuses host flags', () => {
    const options = resolve({ emulator: true }, { AMAZON_ADS_API_URL: 'https://x.example', AMAZON_ADS_PROFILE_ID: '9' });
    expect(options.hosts.api_url).toBe(regions.na.api_url);
    expect(options.profileId).toBeUndefined();
    expect(usageError(() => resolve({ emulator: true, apiUrl: 'https://x.example' })).message).toMatch(/--emulator/);
  });

  it('validates profile id, country, timeout and reporters', () => {
    expect(usageError(() => resolve({ profileId: 'abc' })).message).toMatch(/profile id "abc"/);
    expect(resolve({ profileId: 12345 }).profileId).toBe('12345');
    expect(resolve({ country: 'de' }).country).toBe('DE');
    expect(usageError(() => resolve({ country: 'Germany' })).message).toMatch(/two-letter/);
    expect(resolve({ timeoutRequest: '5000' }).timeoutRequest).toBe(5000);
    expect(usageError(() => resolve({ timeoutRequest: -1 })).message).toMatch(/--timeout-request/);
    expect(resolve({ pageSize: '25' }).pageSize).toBe(25);
    expect(usageError(() => resolve({ pageSize: 1.5 })).message).toMatch(/--page-size "1.5" is not a positive whole number/);
    expect(resolve({ reporters: 'json, cli,junit' }).reporters).toEqual(['cli', 'junit', 'json']);
    // any other name is an installed newman-reporter-<name>, looked up when the run starts (see cli.test.ts)
    expect(resolve({ reporters: 'htmlextra,json,cli' }).reporters).toEqual(['cli', 'json', 'htmlextra']);
    expect(usageError(() => resolve({ reporters: 'cli,../x' })).message).toMatch(/unknown reporter "..\/x".*cli, progress, junit, json or the <name> of an installed newman-reporter-<name>/);
  });

  it('needs --export-environment for --export-secrets and resolves the export path', () => {
    expect(usageError(() => resolve({ exportSecrets: true })).message).toMatch(/--export-environment/);
    expect(resolve({ exportEnvironment: 'out/env.json' }).exportEnvironment).toMatch(/^\/.*out\/env\.json$/);
  });

  it('remembers whether the env file was named explicitly', () => {
    expect(resolve({ envFile: 'ci.env' })).toMatchObject({ envFile: 'ci.env', envFileExplicit: true });
  });

  it('echoes what was typed in a bad number, not NaN, naming the flag or the variable', () => {
    expect(usageError(() => resolve({ timeoutRequest: 'abc' })).message).toBe(
      '--timeout-request "abc" is not a positive whole number: use e.g. --timeout-request 30000',
    );
    expect(usageError(() => resolve({}, { AMAZON_ADS_MAX_PAGES: 'lots' })).message).toBe(
      'AMAZON_ADS_MAX_PAGES "lots" is not a positive whole number: use e.g. --max-pages 10000',
    );
  });

  it('refuses a --timeout-request above 2147483647 ms, the largest Node timers hold', () => {
    expect(resolve({ timeoutRequest: '2147483647' }).timeoutRequest).toBe(2147483647);
    expect(usageError(() => resolve({ timeoutRequest: '2147483648' })).message).toMatch(
      /^--timeout-request "2147483648" is above 2147483647, the largest value Node's timers hold: use e\.g\. --timeout-request 30000$/,
    );
  });

  it('takes --max-pages from the flag, else AMAZON_ADS_MAX_PAGES, else 10000', () => {
    expect(resolve({ maxPages: '5' }, { AMAZON_ADS_MAX_PAGES: '7' }).maxPages).toBe(5);
    expect(resolve({}, { AMAZON_ADS_MAX_PAGES: '7' }).maxPages).toBe(7);
    expect(resolve({}).maxPages).toBe(10000);
    expect(usageError(() => resolve({ maxPages: '0' })).message).toMatch(/--max-pages "0" is not a positive whole number/);
  });

  it('checks every flag before it reads the variables (the env file)', () => {
    let read = false;
    const variables = () => {
      read = true;
      return {};
    };
    expect(() => resolveRunOptions({ timeoutRequest: 'x' }, variables)).toThrow(UsageError);
    expect(read).toBe(false);
    resolveRunOptions({}, variables);
    expect(read).toBe(true);
  });

  it('refuses a flag given twice, except the list flags', () => {
    expect(usageError(() => resolve({ region: ['eu', 'fe'] as unknown as string })).message).toBe('--region was given 2 times: give it once');
    expect(resolve({ folder: ['auth', 'profiles'] }).folders).toEqual(['auth', 'profiles']);
  });
});

describe('resolveRunOptions: several profiles in one run', () => {
  it('keeps one --profile-id / --country a one-profile run, as before', () => {
    const options = resolve({ profileId: ['9007199254740993'] });
    expect(options.profileId).toBe('9007199254740993');
    expect(options.profileSet).toBeUndefined();
    expect(resolve({ country: ['de'] }).country).toBe('DE');
    expect(resolve({ country: ['de'] }).profileSet).toBeUndefined();
  });

  it('turns a repeated --profile-id or --country into a profile set, distinct, every digit kept, in the order given', () => {
    const byId = resolve({ profileId: ['9007199254740993', '12', '9007199254740993', '7'] });
    expect(byId.profileSet).toEqual({ all: false, ids: ['9007199254740993', '12', '7'], countries: [] });
    expect(byId.profileId).toBeUndefined();
    expect(resolve({ country: ['us', 'CA'] }).profileSet).toEqual({ all: false, ids: [], countries: ['US', 'CA'] });
    expect(resolve({ country: 'us,ca' }).profileSet).toEqual({ all: false, ids: [], countries: ['US', 'CA'] });
    expect(usageError(() => resolve({ profileId: ['12', 'x1'] })).message).toMatch(/profile id "x1" is not a number/);
    expect(usageError(() => resolve({ country: ['US', 'Canada'] })).message).toMatch(/country "Canada" is not a two-letter/);
  });

  it('--all-profiles: every profile, whatever profile or country the env file names; with the flags a usage error', () => {
    const options = resolve({ allProfiles: true }, { AMAZON_ADS_PROFILE_ID: '55', AMAZON_ADS_PROFILE_COUNTRY: 'US' });
    expect(options.profileSet).toEqual({ all: true, ids: [], countries: [] });
    expect(options.profileId).toBeUndefined();
    expect(options.country).toBeUndefined();
    expect(usageError(() => resolve({ allProfiles: true, profileId: '5' })).message).toBe(
      '--all-profiles runs every profile of the login: drop --profile-id / --country, or drop --all-profiles',
    );
    expect(usageError(() => resolve({ allProfiles: true, country: 'US' })).message).toMatch(/^--all-profiles runs every profile/);
  });

  it('refuses several profiles with --api unified, --folder reports, or campaigns without the profile list', () => {
    expect(usageError(() => resolve({ allProfiles: true, api: 'unified' })).message).toMatch(/^--api unified chooses one advertiser account/);
    expect(usageError(() => resolve({ profileId: ['1', '2'], folder: 'reports' })).message).toMatch(/^--folder reports downloads the report of one profile/);
    expect(usageError(() => resolve({ allProfiles: true, folder: ['auth', 'campaigns'] })).message).toMatch(/add --folder profiles$/);
  });
});

describe('--max-response-mb', () => {
  it('defaults to 64, takes a whole number up to 512, refuses anything else in one line', () => {
    expect(resolve({}).maxResponseMb).toBe(64);
    expect(resolve({ maxResponseMb: '1' }).maxResponseMb).toBe(1);
    expect(resolve({ maxResponseMb: '512' }).maxResponseMb).toBe(512);
    expect(usageError(() => resolve({ maxResponseMb: '0' })).message).toBe('--max-response-mb "0" is not a positive whole number: use e.g. --max-response-mb 64');
    expect(usageError(() => resolve({ maxResponseMb: '1.5' })).message).toMatch(/^--max-response-mb "1\.5" is not a positive whole number/);
    expect(usageError(() => resolve({ maxResponseMb: '513' })).message).toBe(
      '--max-response-mb "513" is above 512, the largest body a script can read as text: use e.g. --max-response-mb 64',
    );
  });
});

describe('--timeout-script', () => {
  it('refuses a limit below 100 ms, which the Postman sandbox cannot even start in', () => {
    expect(resolve({ timeoutScript: '100' }).timeoutScript).toBe(100);
    expect(usageError(() => resolve({ timeoutScript: '2' })).message).toBe(
      '--timeout-script "2" is below 100, too short for the Postman sandbox to start: use e.g. --timeout-script 5000',
    );
  });
});
