import { describe, expect, it } from 'vitest';
import { demoCredentials } from '../../src/emulator/index.js';
import { emulator, get, post, sbType, spSetup, spType } from './helpers.js';
import { conforms, responseSchema, specsPresent } from './spec-schemas.js';

const spError = (status: number) => responseSchema('sp', '/sp/campaigns/list', 'post', status, 'application/json');

describe('Ads API authentication (401)', () => {
  it('refuses a missing Amazon-Advertising-API-ClientId with 401 UNAUTHORIZED', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const { 'Amazon-Advertising-API-ClientId': _omit, ...rest } = headers;
    const answer = await post(e, '/sp/campaigns/list', rest, {});
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ code: 'UNAUTHORIZED', message: expect.stringMatching(/ClientId/) });
    if (specsPresent) expect(conforms(spError(401), answer.json)).toBe(true);
  });

  it('refuses an unknown client id with 401', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const answer = await post(e, '/sp/campaigns/list', { ...headers, 'Amazon-Advertising-API-ClientId': 'amzn1.application-oa2-client.0000' }, {});
    expect([answer.status, answer.json.code]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('refuses a missing, non-Bearer or unknown access token with 401', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const { Authorization: _omit, ...noAuth } = headers;
    for (const variant of [noAuth, { ...headers, Authorization: 'Basic abc' }, { ...headers, Authorization: 'Bearer Atza|never-issued' }]) {
      const answer = await post(e, '/sp/campaigns/list', variant, {});
      expect([answer.status, answer.json.code]).toEqual([401, 'UNAUTHORIZED']);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('refuses an expired access token with 401 naming the expiry', async () => {
    let now = Date.now();
    const e = await emulator({ now: () => now, tokenTtlSeconds: 1 });
    const { headers } = await spSetup(e);
    now += 1000;
    const answer = await post(e, '/sp/campaigns/list', headers, {});
    expect(answer.status).toBe(401);
    expect(answer.json.message).toMatch(/expired/);
  });

  it('refuses a token from another emulator (tokens are per server)', async () => {
    const a = await emulator();
    const b = await emulator();
    const { headers } = await spSetup(a);
    expect((await get(b, '/v2/profiles', headers)).status).toBe(401);
  });

  it('answers 401 on v2 routes in their {code, details, requestId} shape', async () => {
    const e = await emulator();
    const answer = await get(e, '/v2/profiles', { 'Amazon-Advertising-API-ClientId': demoCredentials.client_id });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ code: 'UNAUTHORIZED', details: expect.any(String), requestId: expect.any(String) });
  });
});

describe('Ads API profile scope (400 / 403)', () => {
  it('answers 400 when a profile-scoped route has no Amazon-Advertising-API-Scope', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const { 'Amazon-Advertising-API-Scope': _omit, ...rest } = headers;
    const sp = await post(e, '/sp/campaigns/list', rest, {});
    expect(sp.status).toBe(400);
    expect(sp.json).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/Amazon-Advertising-API-Scope/) });
    const sd = await get(e, '/sd/campaigns', rest);
    expect(sd.status).toBe(400);
  });

  it('answers 403 ACCESS_DENIED for a profile id of another region or login, or not a number', async () => {
    const eu = await emulator({ region: 'eu' });
    const na = await emulator({ region: 'na' });
    const { profile: naProfile } = await spSetup(na);
    const { headers } = await spSetup(eu);
    for (const scope of [String(naProfile.profileId), '123', 'abc']) {
      const answer = await post(eu, '/sp/campaigns/list', { ...headers, 'Amazon-Advertising-API-Scope': scope }, {});
      expect(answer.status).toBe(403);
      expect(answer.json).toEqual({ code: 'ACCESS_DENIED', message: expect.stringContaining(scope) });
      if (specsPresent) expect(conforms(spError(403), answer.json)).toBe(true);
    }
    const sb = await post(eu, '/sb/v4/campaigns/list', { ...headers, 'Amazon-Advertising-API-Scope': '123', 'Content-Type': sbType, Accept: sbType }, {});
    expect(sb.status).toBe(403);
  });

  it('profiles and manager accounts need no scope', async () => {
    const e = await emulator();
    const { auth } = await spSetup(e);
    expect((await get(e, '/v2/profiles', auth)).status).toBe(200);
    expect((await get(e, '/managerAccounts', auth)).status).toBe(200);
  });
});

describe('Ads API media types (415)', () => {
  it('refuses an SP call whose Content-Type is application/json or missing', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const json = await post(e, '/sp/campaigns/list', { ...headers, 'Content-Type': 'application/json' }, {});
    expect(json.status).toBe(415);
    expect(json.json).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining(spType) });
    if (specsPresent) expect(conforms(spError(415), json.json)).toBe(true);
    const { 'Content-Type': _omit, ...noType } = headers;
    expect((await post(e, '/sp/campaigns/list', noType)).status).toBe(415);
  });

  it('refuses an SP call whose Accept excludes the vendor type; accepts */* and parameters', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    expect((await post(e, '/sp/campaigns/list', { ...headers, Accept: 'application/json' }, {})).status).toBe(415);
    expect((await post(e, '/sp/campaigns/list', { ...headers, Accept: '*/*' }, {})).status).toBe(200);
    expect((await post(e, '/sp/campaigns/list', { ...headers, 'Content-Type': `${spType}; charset=utf-8` }, {})).status).toBe(200);
  });

  it('refuses SP create/update/delete with the wrong Content-Type', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const wrong = { ...headers, 'Content-Type': 'application/json' };
    expect((await post(e, '/sp/campaigns', wrong, { campaigns: [] })).status).toBe(415);
    expect((await post(e, '/sp/campaigns', wrong, { campaigns: [] }, 'PUT')).status).toBe(415);
    expect((await post(e, '/sp/campaigns/delete', wrong, { campaignIdFilter: { include: [] } })).status).toBe(415);
  });

  it('refuses an SB list whose Accept or Content-Type names another type; takes a bodiless call with Accept only', async () => {
    const e = await emulator();
    const { auth, profile } = await spSetup(e);
    const scoped = { ...auth, 'Amazon-Advertising-API-Scope': String(profile.profileId) };
    expect((await post(e, '/sb/v4/campaigns/list', { ...scoped, Accept: 'application/json' })).status).toBe(415);
    expect((await post(e, '/sb/v4/campaigns/list', { ...scoped, Accept: sbType, 'Content-Type': spType }, {})).status).toBe(415);
    expect((await post(e, '/sb/v4/campaigns/list', { ...scoped, Accept: sbType })).status).toBe(200);
  });
});

describe('unknown routes', () => {
  it('answers 404 with a JSON body and counts the path', async () => {
    const e = await emulator();
    const answer = await get(e, '/v2/nothing-here?x=1', {});
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.json).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('/v2/nothing-here') });
    const wrongMethod = await get(e, '/sp/campaigns/list', {});
    expect(wrongMethod.status).toBe(404);
    expect(e.stats.routes).toMatchObject({ 'GET /v2/nothing-here': 1, 'GET /sp/campaigns/list': 1 });
    expect(e.stats.requests).toBe(2);
  });
});
