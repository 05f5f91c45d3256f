import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource } from './sandbox-harness.js';

afterAll(closeSandbox);

const profiles = [
  { profileId: 1111111111, countryCode: 'US', currencyCode: 'USD', accountInfo: { name: 'US Seller', type: 'seller', id: 'A1' } },
  { profileId: 2222222222, countryCode: 'CA', currencyCode: 'CAD', accountInfo: { name: 'CA Seller', type: 'seller', id: 'A2' } },
  { profileId: 3333333333, countryCode: 'MX', currencyCode: 'MXN', accountInfo: { name: 'MX Vendor', type: 'vendor', id: 'A3' } },
];

function selectProfile(environment: Record<string, string | number>, body: unknown, code = 200, locals?: Record<string, string>) {
  return runScript(scriptSource('select-profile'), {
    target: 'test',
    environment,
    locals,
    request: { name: 'Profiles', url: 'http://127.0.0.1:9/v2/profiles' },
    response: { code, body },
  });
}

describe('select-profile (Profiles test)', () => {
  test('keeps a profileId already set when the list contains it', async () => {
    const run = await selectProfile({ profileId: '3333333333', profile_country: 'CA' }, profiles);
    expect(run.environment).toMatchObject({
      profileId: '3333333333',
      profile_account_name: 'MX Vendor',
      profile_country_code: 'MX',
      profile_choice: 'profileId',
    });
    expect(run.failures).toEqual([]);
    expect(run.assertions.map((a) => a.passed)).toEqual([true]);
  });

  test('chooses by country (any case) when the set profileId is not listed or empty', async () => {
    for (const env of [{ profile_country: 'ca' }, { profileId: '999', profile_country: 'CA' }] as Array<Record<string, string>>) {
      const run = await selectProfile(env, profiles);
      expect(run.environment).toMatchObject({ profileId: '2222222222', profile_account_name: 'CA Seller', profile_country_code: 'CA', profile_choice: 'country' });
      expect(typeof run.environment.profileId).toBe('string');
    }
  });

  test('takes the first profile without a match', async () => {
    for (const env of [{}, { profile_country: 'JP' }, { profileId: '42' }] as Array<Record<string, string>>) {
      const run = await selectProfile(env, profiles);
      expect(run.environment).toMatchObject({ profileId: '1111111111', profile_country_code: 'US', profile_choice: 'first' });
      expect(run.failures).toEqual([]);
    }
  });

  test('an empty list fails with no_profiles', async () => {
    const run = await selectProfile({ profile_country: 'US' }, []);
    expect(run.failures).toEqual([expect.stringMatching(/^no_profiles: this login has no advertising profiles in this region - try the other regions/)]);
    expect(run.environment.profileId).toBeUndefined();
  });

  test('a body that is not a JSON list fails with malformed_response', async () => {
    for (const body of ['<html>oops</html>', { profiles }, '']) {
      const run = await selectProfile({}, body);
      expect(run.failures).toEqual([expect.stringMatching(/^malformed_response: the Profiles response is not a JSON list/)]);
    }
  });

  test('does nothing while a retry is pending or after a failed status (check-response reports those)', async () => {
    const pending = await selectProfile({}, '', 429, { retry_pending: 'true' });
    expect(pending.assertions).toEqual([]);
    const failed = await selectProfile({}, { code: 'UNAUTHORIZED' }, 403);
    expect(failed.assertions).toEqual([]);
    expect(failed.environment.profileId).toBeUndefined();
  });
});
