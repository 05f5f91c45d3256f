import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource } from './sandbox-harness.js';
import { cappedName } from '../../src/run/profiles/profile-results.js';
import { PROFILE_NAME_CAP } from '../../src/rules/shown-name.js';

afterAll(closeSandbox);

const profiles = [
  { profileId: 1111111111, countryCode: 'US', currencyCode: 'USD', accountInfo: { name: 'US Seller', type: 'seller', id: 'A1' } },
  { profileId: 2222222222, countryCode: 'CA', currencyCode: 'CAD', accountInfo: { name: 'CA Seller', type: 'seller', id: 'A2' } },
  { profileId: 3333333333, countryCode: 'MX', currencyCode: 'MXN', accountInfo: { name: 'MX Vendor', type: 'vendor', id: 'A3' } },
];

function selectProfile(environment: Record<string, string | number>, body: unknown, code = 200, locals?: Record<string, string>) {
  // a string body is sent as is (raw JSON text, e.g. with ids above 2^53)
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

  test('UK and GB name one country: profile_country GB chooses the Profiles API\'s UK profile, alone or in a list', async () => {
    const uk = [...profiles, { profileId: 5555555555, countryCode: 'UK', currencyCode: 'GBP', timezone: 'Europe/London', accountInfo: { id: 'A5', type: 'seller', name: 'UK Seller' } }];
    const run = await selectProfile({ profile_country: 'gb' }, uk);
    expect(run.environment).toMatchObject({ profileId: '5555555555', profile_country_code: 'UK', profile_choice: 'country' });
    const several = await selectProfile({ profile_countries: 'GB' }, uk);
    expect(several.environment).toMatchObject({ profileId: '5555555555' });
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
  test('ids above 2^53 keep every digit, chosen by id, by country or as the first', async () => {
    const big = '[{"profileId":9007199254740993,"countryCode":"US","accountInfo":{"name":"big"}},{"profileId": 9007199254740995 ,"countryCode":"JP"}]';
    expect((await selectProfile({}, big)).environment.profileId).toBe('9007199254740993');
    expect((await selectProfile({ profileId: '9007199254740995', strict_profile_choice: 'true' }, big)).environment).toMatchObject({ profileId: '9007199254740995', profile_choice: 'profileId' });
    expect((await selectProfile({ profile_country: 'jp' }, big)).environment.profileId).toBe('9007199254740995');
    // a profileId inside a string is left alone
    const named = '[{"profileId":7,"countryCode":"US","accountInfo":{"name":"\\"profileId\\": 12345678901234567890"}}]';
    expect((await selectProfile({}, named)).environment).toMatchObject({ profileId: '7', profile_account_name: '"profileId": 12345678901234567890' });
  });
});

describe('select-profile with strict_profile_choice = true (the runner asked for a profile or country)', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => ({ profileId: 100000 + i, countryCode: i % 2 ? 'DE' : 'UK', accountInfo: { name: `account ${i}`, type: 'seller' } }));

  test('a profileId not in a list of 10 000 fails with profile_not_accessible, listing 20 and "and N more", and stops the run', async () => {
    const run = await selectProfile({ profileId: '999', strict_profile_choice: 'true', profile_country: 'DE' }, many);
    const listed = many.slice(0, 20).map((p) => `${p.profileId} (${p.countryCode})`).join(', ');
    expect(run.failures).toEqual([`profile_not_accessible: profile 999 is not among the profiles of this login in this region; they are ${listed}, and 9980 more`]);
    expect(run.nextRequest).toBeNull();
    expect(run.environment.profile_choice).toBeUndefined();
  });

  test('a country no profile has fails with no_profile_in_country naming the countries there', async () => {
    const run = await selectProfile({ profile_country: 'jp', strict_profile_choice: 'true' }, many);
    expect(run.failures).toEqual(['no_profile_in_country: no profile in marketplace JP; this login has profiles in UK, DE']);
    expect(run.nextRequest).toBeNull();
    const countries = Array.from({ length: 25 }, (_, i) => ({ profileId: i + 1, countryCode: `C${String.fromCharCode(65 + i)}` }));
    const capped = await selectProfile({ profile_country: 'JP', strict_profile_choice: 'true' }, countries);
    expect(capped.failures[0]).toMatch(/; this login has profiles in CA, CB, .*, CT, and 5 more$/);
  });

  test('a listed id or country passes as before, in a list of 10 000', async () => {
    const byId = await selectProfile({ profileId: '109999', strict_profile_choice: 'true' }, many);
    expect(byId.failures).toEqual([]);
    expect(byId.environment).toMatchObject({ profileId: '109999', profile_country_code: 'DE', profile_choice: 'profileId' });
    const byCountry = await selectProfile({ profile_country: 'de', strict_profile_choice: 'true' }, many);
    expect(byCountry.environment).toMatchObject({ profileId: '100001', profile_choice: 'country' });
    const nothingAsked = await selectProfile({ strict_profile_choice: 'true' }, many);
    expect(nothingAsked.environment).toMatchObject({ profileId: '100000', profile_choice: 'first' });
  });

  test('without strict (a Postman user), the same misses fall back to the first profile', async () => {
    for (const env of [{ profileId: '999' }, { profile_country: 'JP' }, { profileId: '999', strict_profile_choice: 'false' }] as Array<Record<string, string>>) {
      const run = await selectProfile(env, many);
      expect(run.failures).toEqual([]);
      expect(run.environment).toMatchObject({ profileId: '100000', profile_choice: 'first' });
    }
  });
});

describe('select-profile over several profiles (all_profiles, profile_ids, profile_countries)', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => ({ profileId: 100000 + i, countryCode: i % 2 ? 'DE' : 'UK', accountInfo: { name: `account ${i}`, type: 'seller' } }));

  test('all_profiles: the first becomes profileId, every other one waits in profile_queue with its country and name', async () => {
    const run = await selectProfile({ all_profiles: 'true' }, profiles);
    expect(run.failures).toEqual([]);
    expect(run.environment).toMatchObject({ profileId: '1111111111', profile_country_code: 'US', profile_account_name: 'US Seller', profile_choice: 'all' });
    expect(JSON.parse(String(run.environment.profile_queue))).toEqual([
      ['2222222222', 'CA', 'CA Seller'],
      ['3333333333', 'MX', 'MX Vendor'],
    ]);
    expect(run.nextRequest).toBeUndefined();
  });

  test('profile_ids in the order given, then the first profile of each country not chosen yet; long names cut to 40 characters', async () => {
    const long = [...profiles, { profileId: 4444444444, countryCode: 'BR', accountInfo: { name: 'N'.repeat(500) } }];
    const run = await selectProfile({ profile_ids: '3333333333, 1111111111', profile_countries: 'us,br' }, long);
    expect(run.failures).toEqual([]);
    expect(run.environment).toMatchObject({ profileId: '3333333333', profile_choice: 'list' });
    expect(JSON.parse(String(run.environment.profile_queue))).toEqual([
      ['1111111111', 'US', 'US Seller'],
      ['4444444444', 'BR', `${'N'.repeat(39)}…`],
    ]);
  });

  test('queued names are cut as the profile table cuts them (one rule, src/rules/shown-name.ts): never half a character', async () => {
    // the 39th and 40th UTF-16 units are one character: a plain slice would keep half of it
    const split = `${'N'.repeat(PROFILE_NAME_CAP - 2)}😀 and more`;
    const plain = 'P'.repeat(PROFILE_NAME_CAP + 20);
    const named = [profiles[0], { profileId: 5555555555, countryCode: 'DE', accountInfo: { name: split } }, { profileId: 6666666666, countryCode: 'FR', accountInfo: { name: plain } }];
    const run = await selectProfile({ all_profiles: 'true' }, named);
    expect(run.failures).toEqual([]);
    const queued = (JSON.parse(String(run.environment.profile_queue)) as string[][]).map(([, , name]) => name);
    expect(queued).toEqual([cappedName(split), cappedName(plain)]);
    expect(queued).toEqual([`${'N'.repeat(PROFILE_NAME_CAP - 2)}…`, `${'P'.repeat(PROFILE_NAME_CAP - 1)}…`]);
  });

  test('a profile the answer lists twice is chosen once and named in profile_duplicates (all_profiles, and an id also chosen by its country)', async () => {
    const twice = [profiles[0], profiles[1], { ...profiles[0] }, profiles[2], { ...profiles[1] }];
    const all = await selectProfile({ all_profiles: 'true' }, twice);
    expect(all.failures).toEqual([]);
    expect(all.environment).toMatchObject({ profileId: '1111111111', profile_duplicates: '1111111111,2222222222' });
    expect((JSON.parse(String(all.environment.profile_queue)) as string[][]).map(([id]) => id)).toEqual(['2222222222', '3333333333']);
    const listed = await selectProfile({ profile_ids: '2222222222', profile_countries: 'ca,us' }, [{ ...profiles[1] }, ...twice]);
    expect(listed.environment).toMatchObject({ profileId: '2222222222', profile_duplicates: '2222222222,1111111111' });
    expect((JSON.parse(String(listed.environment.profile_queue)) as string[][]).map(([id]) => id)).toEqual(['1111111111']);
    const once = await selectProfile({ all_profiles: 'true' }, profiles);
    expect(once.environment.profile_duplicates).toBe('');
  });

  test('one chosen profile leaves an empty queue', async () => {
    const run = await selectProfile({ profile_ids: '2222222222' }, profiles);
    expect(run.environment).toMatchObject({ profileId: '2222222222', profile_queue: '' });
  });

  test('ids not listed, in a list of 10 000, fail with profile_not_accessible naming each missing one, and stop the run', async () => {
    const run = await selectProfile({ profile_ids: '100002,999,9007199254740993' }, many);
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toMatch(/^profile_not_accessible: profiles 999, 9007199254740993 are not among the profiles of this login in this region; they are 100000 \(UK\), /);
    expect(run.failures[0]).toMatch(/, and 9980 more$/);
    expect(run.nextRequest).toBeNull();
    expect(run.environment.profileId).toBeUndefined();
  });

  test('a country without a profile fails with no_profile_in_country naming it, and stops the run', async () => {
    const run = await selectProfile({ profile_countries: 'DE,JP' }, many);
    expect(run.failures).toEqual(['no_profile_in_country: no profile in marketplace JP; this login has profiles in UK, DE']);
    expect(run.nextRequest).toBeNull();
  });

  test('ids above 2^53 keep every digit in profileId and the queue', async () => {
    const big = '[{"profileId":9007199254740993,"countryCode":"US"},{"profileId":9007199254740995,"countryCode":"JP"}]';
    const run = await selectProfile({ all_profiles: 'true' }, big);
    expect(run.environment.profileId).toBe('9007199254740993');
    expect(JSON.parse(String(run.environment.profile_queue))).toEqual([['9007199254740995', 'JP', '']]);
  });
});
