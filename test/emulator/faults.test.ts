import { describe, expect, it } from 'vitest';
import { authHeaders, emulator, get, post, refreshFields, spSetup, tokenRequest } from './helpers.js';
import { conforms, responseSchema, specsPresent } from './spec-schemas.js';

describe('faults', () => {
  it('throttle: the first N Ads API calls answer 429 with Retry-After (default 1), then calls succeed', async () => {
    const e = await emulator({ throttle: 2 });
    const auth = await authHeaders(e); // the token endpoint is not an Ads API call: never throttled
    const first = await get(e, '/v2/profiles', auth);
    const second = await post(e, '/sp/campaigns/list', {}, {});
    expect([first.status, second.status]).toEqual([429, 429]);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(first.json).toEqual({ code: 'THROTTLED', details: expect.any(String), requestId: expect.any(String) });
    expect(second.json).toEqual({ code: 'THROTTLED', message: expect.any(String) });
    if (specsPresent) expect(conforms(responseSchema('sp', '/sp/campaigns/list', 'post', 429, 'application/json'), second.json)).toBe(true);
    expect((await get(e, '/v2/profiles', auth)).status).toBe(200);
    expect(e.stats.grants.refresh_token).toBe(1);
  });

  it('throttled calls report Retry-After from the option', async () => {
    const e = await emulator({ throttle: 1, retryAfterSeconds: 7 });
    const answer = await get(e, '/v2/profiles', {});
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
  });

  it('serverErrors: the next N Ads API calls answer 500, 503, 500 ..., after any throttled ones', async () => {
    const e = await emulator({ throttle: 1, serverErrors: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(e, '/v2/profiles', {})).status);
    expect(statuses).toEqual([429, 500, 503, 500, 401]);
    const error = await get(e, '/sp/campaigns/list', {});
    expect(error.status).toBe(404); // unknown routes are not Ads calls and never faulted
  });

  it('serverError bodies conform to the SP spec error schema', async () => {
    const e = await emulator({ serverErrors: 1 });
    const answer = await post(e, '/sp/campaigns/list', {}, {});
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({ code: 'INTERNAL_ERROR', message: expect.any(String) });
    if (specsPresent) expect(conforms(responseSchema('sp', '/sp/campaigns/list', 'post', 500, 'application/json'), answer.json)).toBe(true);
  });

  it('latency delays every response by latencyMs', async () => {
    const e = await emulator({ latencyMs: 300 });
    const started = performance.now();
    await get(e, '/v2/profiles', {});
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('tokenTtlSeconds: a token expires for real after its TTL', async () => {
    const e = await emulator({ tokenTtlSeconds: 1 });
    const { auth } = await spSetup(e);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const answer = await get(e, '/v2/profiles', auth);
    expect(answer.status).toBe(401);
  });

  it('malformed: every list call answers 200 with a body that is not JSON; mutations are unaffected', async () => {
    const e = await emulator({ malformed: true });
    const token = (await tokenRequest(e, refreshFields)).body.access_token as string;
    const auth = { 'Amazon-Advertising-API-ClientId': refreshFields.client_id, Authorization: `Bearer ${token}` };
    const profiles = await get(e, '/v2/profiles', auth);
    expect(profiles.status).toBe(200);
    expect(() => JSON.parse(profiles.text)).toThrow();
    const healthy = await emulator();
    const { profile } = await spSetup(healthy);
    // same seed, same profiles: use a profile id this emulator owns
    const scoped = { ...auth, 'Amazon-Advertising-API-Scope': String(profile.profileId) };
    const sp = await post(e, '/sp/campaigns/list', { ...scoped, 'Content-Type': 'application/vnd.spCampaign.v3+json' }, {});
    expect(sp.status).toBe(200);
    expect(sp.json).toBeUndefined();
    expect((await get(e, '/sd/campaigns', scoped)).json).toBeUndefined();
    const create = await post(e, '/sp/campaigns', { ...scoped, 'Content-Type': 'application/vnd.spCampaign.v3+json' }, { campaigns: [] });
    expect(create.status).toBe(207);
  });

  it('malformed does not hide authentication errors', async () => {
    const e = await emulator({ malformed: true });
    const answer = await get(e, '/v2/profiles', {});
    expect(answer.status).toBe(401);
    expect(answer.json.code).toBe('UNAUTHORIZED');
  });

  it('stats count requests, routes and grants', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    await post(e, '/sp/campaigns/list', headers, {});
    await post(e, '/sp/campaigns/list', headers, {});
    await tokenRequest(e, { ...refreshFields, client_secret: 'bad' });
    expect(e.stats).toEqual({
      requests: 5,
      routes: { 'POST /auth/o2/token': 2, 'GET /v2/profiles': 1, 'POST /sp/campaigns/list': 2 },
      grants: { refresh_token: 1, authorization_code: 0, failed: 1 },
    });
  });
});

describe('expireTokensAfterCalls', () => {
  it('after N Ads API calls the tokens issued so far answer 401 expired; a fresh token works', async () => {
    const e = await emulator({ expireTokensAfterCalls: 2 });
    const auth = await authHeaders(e);
    expect((await get(e, '/v2/profiles', auth)).status).toBe(200);
    expect((await get(e, '/v2/profiles', auth)).status).toBe(200);
    const third = await get(e, '/v2/profiles', auth);
    expect(third.status).toBe(401);
    expect(third.json.details).toMatch(/expired/);
    const fresh = await authHeaders(e);
    expect((await get(e, '/v2/profiles', fresh)).status).toBe(200);
    expect((await get(e, '/v2/profiles', fresh)).status).toBe(200);
  });
});
