import { describe, expect, it } from 'vitest';
import { buildEnvironment } from '../../src/generate/build-environment.js';
import { regionIds, regions } from '../../src/core/regions.js';
import { environmentVariables, secretVariableNames } from '../../src/catalog/variables.js';

const valueOf = (env: ReturnType<typeof buildEnvironment>, key: string) => env.values.find((v) => v.key === key);

describe('buildEnvironment', () => {
  it.each(regionIds)('%s: carries the region hosts from regions.ts', (region) => {
    const env = buildEnvironment(region);
    expect(valueOf(env, 'api_url')?.value).toBe(regions[region].api_url);
    expect(valueOf(env, 'token_url')?.value).toBe(regions[region].token_url);
    expect(valueOf(env, 'auth_grant_url')?.value).toBe(regions[region].auth_grant_url);
  });

  it('uses the documented hosts (a typo in regions.ts fails here)', () => {
    expect(valueOf(buildEnvironment('na'), 'api_url')?.value).toBe('https://advertising-api.amazon.com');
    expect(valueOf(buildEnvironment('eu'), 'token_url')?.value).toBe('https://api.amazon.co.uk/auth/o2/token');
    expect(valueOf(buildEnvironment('fe'), 'auth_grant_url')?.value).toBe('https://apac.account.amazon.com/ap/oa');
  });

  it.each(regionIds)('%s: types every secret as secret with an empty value', (region) => {
    const env = buildEnvironment(region);
    expect(secretVariableNames).toEqual(expect.arrayContaining(['client_secret', 'refresh_token', 'access_token']));
    for (const name of secretVariableNames) expect(valueOf(env, name)).toEqual({ key: name, value: '', type: 'secret', enabled: true });
  });

  it('lists every environment variable once, in variables.ts order, with shipped defaults', () => {
    const env = buildEnvironment('eu');
    expect(env.values.map((v) => v.key)).toEqual(Object.keys(environmentVariables));
    expect(valueOf(env, 'permission_scope')?.value).toBe('advertising::campaign_management');
    expect(valueOf(env, 'retry_after_cap_seconds')?.value).toBe('30');
    expect(valueOf(env, 'profile_country')?.value).toBe('');
  });

  it('is a named Postman environment with a stable id per region and no timestamps', () => {
    const eu = buildEnvironment('eu');
    expect(eu.name).toBe('Amazon Ads API - Europe (EU)');
    expect(buildEnvironment('na').name).toBe('Amazon Ads API - North America (NA)');
    expect(eu._postman_variable_scope).toBe('environment');
    expect(buildEnvironment('eu').id).toBe(eu.id);
    expect(buildEnvironment('fe').id).not.toBe(eu.id);
    expect(Object.keys(eu)).toEqual(['id', 'name', 'values', '_postman_variable_scope']);
  });
});
