import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { listProfiles } from '../../src/auth/list-profiles.js';
import { RunFailure } from '../../src/errors.js';
import { closeSandbox, runScript } from '../scripts/sandbox-harness.js';

afterAll(closeSandbox);

/** The test script of Accounts > Profiles as the committed collection holds it (select-profile, bundled with what it imports). */
function builtProfilesScript(): string {
  type Item = { name: string; item?: Item[]; event?: Array<{ listen: string; script: { exec: string[] } }> };
  const collection = JSON.parse(readFileSync(new URL('../../collections/amazon-ads-api.postman_collection.json', import.meta.url), 'utf8')) as { item: Item[] };
  const profiles = collection.item.find((item) => item.name === 'Accounts')?.item?.find((item) => item.name === 'Profiles');
  const test = profiles?.event?.find((event) => event.listen === 'test');
  if (!test) throw new Error('the collection has no test script on Accounts / Profiles');
  return test.script.exec.join('\n');
}

function answering(status: number, body: string) {
  const seen: { url: string; headers: Record<string, string> }[] = [];
  const fn = (async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({ url: String(url), headers: (init?.headers ?? {}) as Record<string, string> });
    return new Response(body, { status });
  }) as typeof fetch;
  return { fn, seen };
}

const base = { apiUrl: 'http://127.0.0.1:9/', clientId: 'amzn1.application-oa2-client.x', accessToken: 'Atza|token' };

describe('listProfiles', () => {
  it('GETs /v2/profiles with the client id and the bearer token', async () => {
    const { fn, seen } = answering(200, JSON.stringify([{ profileId: 1, countryCode: 'DE' }, { nope: true }]));
    expect(await listProfiles({ ...base, fetch: fn })).toEqual([{ profileId: '1', countryCode: 'DE' }]);
    expect(seen[0].url).toBe('http://127.0.0.1:9/v2/profiles');
    expect(seen[0].headers['Amazon-Advertising-API-ClientId']).toBe(base.clientId);
    expect(seen[0].headers.Authorization).toBe('Bearer Atza|token');
  });

  it('keeps every digit of ids above 2^53, written as numbers or strings, and only the profileId values', async () => {
    const body =
      '[{"profileId":9007199254740993,"countryCode":"US","dailyBudget":10.5},{"profileId" : 9007199254740995 ,"countryCode":"CA"},' +
      '{"profileId":"9007199254740997","countryCode":"MX","accountInfo":{"name":"\\"profileId\\": 1 shop","id":"A1"}}]';
    const profiles = await listProfiles({ ...base, fetch: answering(200, body).fn });
    expect(profiles.map((profile) => profile.profileId)).toEqual(['9007199254740993', '9007199254740995', '9007199254740997']);
    expect(profiles[0]).toMatchObject({ dailyBudget: 10.5 });
    expect(profiles[2].accountInfo?.name).toBe('"profileId": 1 shop');
  });

  it.each([
    [401, '{}', /^unauthorized: /],
    [403, '{}', /^scope_missing: .*approval/],
    [500, '{}', /^unexpected_status: listing profiles answered HTTP 500/],
    [200, 'not json', /^malformed_response: /],
    [200, '{"profiles":[]}', /^malformed_response: .*not a JSON array/],
  ])('explains HTTP %i %s', async (status, body, expected) => {
    const error = await listProfiles({ ...base, fetch: answering(status, body).fn }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(expected);
    expect((error as Error).message).not.toContain('Atza|token');
  });

  it('a profile list whose body never ends: timeout at --timeout-request, the body included', async () => {
    const fn = (async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('[{"profileId":'));
          },
        }),
        { status: 200 },
      )) as unknown as typeof fetch;
    const error = await listProfiles({ apiUrl: 'http://127.0.0.1:9', clientId: 'c', accessToken: 'Atza|token', fetch: fn, timeoutMs: 300 }).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      'timeout: http://127.0.0.1:9/v2/profiles sent no complete answer within 300 ms - raise --timeout-request, or check --api-url / AMAZON_ADS_API_URL and your connection',
    );
  });

  it('keeps big ids digit for digit exactly as the built select-profile script does (one rule, src/rules/profile-ids.ts)', async () => {
    const body =
      '[{"profileId":12345678901234567890,"countryCode":"US"},{"profileId" : 9007199254740993 ,"countryCode":"CA"},' +
      '{"profileId":-12345678901234567891,"countryCode":"MX"},{"profileId":"9007199254740997","countryCode":"BR"}]';
    const expected = ['12345678901234567890', '9007199254740993', '-12345678901234567891', '9007199254740997'];
    const node = (await listProfiles({ ...base, fetch: answering(200, body).fn })).map((profile) => profile.profileId);
    const run = await runScript(builtProfilesScript(), {
      target: 'test',
      environment: { all_profiles: 'true' },
      request: { name: 'Profiles', url: 'http://127.0.0.1:9/v2/profiles' },
      response: { code: 200, body },
    });
    expect(run.failures).toEqual([]);
    const queue = JSON.parse(String(run.environment.profile_queue)) as string[][];
    const script = [String(run.environment.profileId), ...queue.map(([id]) => id)];
    expect(node).toEqual(expected);
    expect(script).toEqual(node);
  });
});
