import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { hostsOf, normaliseRunOptions, runDefaults } from '../../src/run/options.js';
import { regions } from '../../src/catalog/regions.js';

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('normaliseRunOptions', () => {
  it('applies the defaults when nothing is given', () => {
    const options = normaliseRunOptions({});
    expect(options).toMatchObject({
      region: 'na',
      folders: ['auth', 'profiles', 'campaigns'],
      envFile: '.env',
      envFileExplicit: false,
      emulator: false,
      reporters: ['cli'],
      reportDir: runDefaults.reportDir,
      bail: false,
      exportSecrets: false,
      verbose: false,
    });
    expect(options.apiUrl).toBeUndefined();
    expect(options.timeoutRequest).toBeUndefined();
  });

  it('rejects an unknown region, listing the valid ones', () => {
    expect(usageError(() => normaliseRunOptions({ region: 'xx' })).message).toMatch(/unknown region "xx".*na, eu, fe/);
  });

  it('takes the region from --region, else AMAZON_ADS_REGION (written by npm run auth), else na', () => {
    expect(normaliseRunOptions({}, { AMAZON_ADS_REGION: 'fe' }).region).toBe('fe');
    expect(normaliseRunOptions({ region: 'eu' }, { AMAZON_ADS_REGION: 'fe' }).region).toBe('eu');
    expect(normaliseRunOptions({ emulator: true }, { AMAZON_ADS_REGION: 'fe' }).region).toBe('na');
    expect(usageError(() => normaliseRunOptions({}, { AMAZON_ADS_REGION: 'mars' })).message).toMatch(/use AMAZON_ADS_REGION with one of/);
  });

  it('accepts a region in any case', () => {
    expect(normaliseRunOptions({ region: 'EU' }).region).toBe('eu');
  });

  it('rejects an unknown folder, listing the valid ones', () => {
    expect(usageError(() => normaliseRunOptions({ folder: ['auth', 'reports'] })).message).toMatch(
      /unknown folder "reports".*auth, profiles, campaigns/,
    );
  });

  it('runs folders once each, always in the order auth, profiles, campaigns', () => {
    expect(normaliseRunOptions({ folder: ['campaigns', 'auth', 'profiles', 'auth'] }).folders).toEqual(['auth', 'profiles', 'campaigns']);
    expect(normaliseRunOptions({ folder: 'profiles,auth' }).folders).toEqual(['auth', 'profiles']);
  });

  it('refuses campaigns without a way to know the profile', () => {
    expect(usageError(() => normaliseRunOptions({ folder: ['campaigns'] })).message).toMatch(/--folder campaigns needs a profile/);
    expect(normaliseRunOptions({ folder: ['campaigns'], profileId: '123' }).folders).toEqual(['campaigns']);
    expect(normaliseRunOptions({ folder: ['campaigns'] }, { AMAZON_ADS_PROFILE_ID: '55' }).profileId).toBe('55');
  });

  it('takes hosts from flags first, then AMAZON_ADS_* variables, and strips a trailing slash', () => {
    const variables = { AMAZON_ADS_API_URL: 'http://127.0.0.1:1/', AMAZON_ADS_TOKEN_URL: 'http://127.0.0.1:1/auth/o2/token' };
    const fromVariables = normaliseRunOptions({}, variables);
    expect(fromVariables.apiUrl).toBe('http://127.0.0.1:1');
    expect(fromVariables.tokenUrl).toBe('http://127.0.0.1:1/auth/o2/token');
    expect(normaliseRunOptions({ apiUrl: 'https://flag.example' }, variables).apiUrl).toBe('https://flag.example');
    expect(hostsOf(fromVariables)).toEqual({
      api_url: 'http://127.0.0.1:1',
      token_url: 'http://127.0.0.1:1/auth/o2/token',
      auth_grant_url: regions.na.auth_grant_url,
    });
  });

  it('rejects a host that is not an http(s) URL', () => {
    expect(usageError(() => normaliseRunOptions({ apiUrl: 'advertising-api.amazon.com' })).message).toMatch(/--api-url.*not a URL/);
    expect(usageError(() => normaliseRunOptions({}, { AMAZON_ADS_TOKEN_URL: 'ftp://x' })).message).toMatch(/AMAZON_ADS_TOKEN_URL.*https:\/\//);
  });

  it('with --emulator ignores the variables and refuses host flags', () => {
    const options = normaliseRunOptions({ emulator: true }, { AMAZON_ADS_API_URL: 'https://x.example', AMAZON_ADS_PROFILE_ID: '9' });
    expect(options.apiUrl).toBeUndefined();
    expect(options.profileId).toBeUndefined();
    expect(usageError(() => normaliseRunOptions({ emulator: true, apiUrl: 'https://x.example' })).message).toMatch(/--emulator/);
  });

  it('validates profile id, country, timeout and reporters', () => {
    expect(usageError(() => normaliseRunOptions({ profileId: 'abc' })).message).toMatch(/profile id "abc"/);
    expect(normaliseRunOptions({ profileId: 12345 }).profileId).toBe('12345');
    expect(normaliseRunOptions({ country: 'de' }).country).toBe('DE');
    expect(usageError(() => normaliseRunOptions({ country: 'Germany' })).message).toMatch(/two-letter/);
    expect(normaliseRunOptions({ timeoutRequest: '5000' }).timeoutRequest).toBe(5000);
    expect(usageError(() => normaliseRunOptions({ timeoutRequest: -1 })).message).toMatch(/--timeout-request/);
    expect(normaliseRunOptions({ pageSize: '25' }).pageSize).toBe(25);
    expect(usageError(() => normaliseRunOptions({ pageSize: 1.5 })).message).toMatch(/--page-size "1.5" is not a positive whole number/);
    expect(normaliseRunOptions({ reporters: 'json, cli,junit' }).reporters).toEqual(['cli', 'junit', 'json']);
    expect(usageError(() => normaliseRunOptions({ reporters: 'cli,html' })).message).toMatch(/unknown reporter "html".*cli, junit, json/);
  });

  it('needs --export-environment for --export-secrets and resolves the export path', () => {
    expect(usageError(() => normaliseRunOptions({ exportSecrets: true })).message).toMatch(/--export-environment/);
    expect(normaliseRunOptions({ exportEnvironment: 'out/env.json' }).exportEnvironment).toMatch(/^\/.*out\/env\.json$/);
  });

  it('remembers whether the env file was named explicitly', () => {
    expect(normaliseRunOptions({ envFile: 'ci.env' })).toMatchObject({ envFile: 'ci.env', envFileExplicit: true });
  });
});
