import { describe, expect, it } from 'vitest';
import { regions } from '../../src/core/regions.js';
import { emulator, get, post, spSetup, spType, authHeaders } from './helpers.js';
import { conforms, responseSchema, specsPresent } from './spec-schemas.js';

const profilesSchema = () => responseSchema('profiles', '/v2/profiles', 'get', 200, 'application/json');
const profileSchema = () => responseSchema('profiles', '/v2/profiles/{profileId}', 'get', 200, 'application/json');

describe('GET /v2/profiles', () => {
  for (const region of ['na', 'eu', 'fe'] as const) {
    it(`lists one profile per ${region} marketplace, conforming to Profiles_prod_3p.yaml`, async () => {
      const e = await emulator({ region });
      const answer = await get(e, '/v2/profiles', await authHeaders(e));
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/json');
      expect(answer.json.map((p: { countryCode: string }) => p.countryCode)).toEqual([...regions[region].marketplaces]);
      for (const profile of answer.json) {
        expect(Number.isSafeInteger(profile.profileId)).toBe(true);
        expect(profile).toMatchObject({ currencyCode: expect.any(String), timezone: expect.any(String) });
        expect(profile.accountInfo).toMatchObject({ marketplaceStringId: expect.any(String), id: expect.any(String), name: expect.any(String) });
        expect(['seller', 'vendor']).toContain(profile.accountInfo.type);
        if (profile.accountInfo.type === 'vendor') expect(profile.accountInfo.validPaymentMethod).toBe(true);
      }
      expect(new Set(answer.json.map((p: { profileId: number }) => p.profileId)).size).toBe(answer.json.length);
      if (specsPresent) expect(conforms(profilesSchema(), answer.json)).toBe(true);
    });
  }

  it('uses the marketplaces facts: UK is GBP / Europe/London / A1F83G8C2ARO7P, JP is JPY', async () => {
    const eu = await emulator({ region: 'eu' });
    const uk = (await get(eu, '/v2/profiles', await authHeaders(eu))).json.find((p: { countryCode: string }) => p.countryCode === 'UK');
    expect(uk).toMatchObject({ currencyCode: 'GBP', timezone: 'Europe/London', accountInfo: { marketplaceStringId: 'A1F83G8C2ARO7P' } });
    const fe = await emulator({ region: 'fe' });
    const jp = (await get(fe, '/v2/profiles', await authHeaders(fe))).json.find((p: { countryCode: string }) => p.countryCode === 'JP');
    expect(jp).toMatchObject({ currencyCode: 'JPY', timezone: 'Asia/Tokyo' });
  });

  it('is deterministic per seed and differs between seeds', async () => {
    const a = await emulator({ seed: 7 });
    const b = await emulator({ seed: 7 });
    const c = await emulator({ seed: 8 });
    const ids = async (e: typeof a) => (await get(e, '/v2/profiles', await authHeaders(e))).json.map((p: { profileId: number }) => p.profileId);
    expect(await ids(a)).toEqual(await ids(b));
    expect(await ids(a)).not.toEqual(await ids(c));
  });

  it('serves ids above 2^53 digit for digit under largeProfileIds, and takes them as scopes', async () => {
    const e = await emulator({ region: 'na', largeProfileIds: true });
    const auth = await authHeaders(e);
    const text = await (await fetch(`${e.url}/v2/profiles`, { headers: auth })).text();
    const ids = [...text.matchAll(/"profileId":(\d+)[,}]/g)].map((match) => match[1]);
    expect(ids).toEqual(['9007199254740993', '9007199254740995', '9007199254740997', '9007199254740999']);
    expect(JSON.parse(text)[0].profileId).toBe(9007199254740992); // what a plain JSON.parse makes of it
    const one = await fetch(`${e.url}/v2/profiles/9007199254740995`, { headers: auth });
    expect(await one.text()).toMatch(/^\{"profileId":9007199254740995,"countryCode":"CA",/);
    expect((await fetch(`${e.url}/v2/profiles/9007199254740996`, { headers: auth })).status).toBe(404);
    const campaigns = await post(e, '/sp/campaigns/list', { ...auth, 'Amazon-Advertising-API-Scope': '9007199254740995', 'Content-Type': spType, Accept: spType }, {});
    expect(campaigns.status).toBe(200);
  });

  it('filters by profileTypeFilter', async () => {
    const e = await emulator({ region: 'eu' });
    const answer = await get(e, '/v2/profiles?profileTypeFilter=vendor', await authHeaders(e));
    expect(answer.json.length).toBeGreaterThan(0);
    expect(answer.json.every((p: { accountInfo: { type: string } }) => p.accountInfo.type === 'vendor')).toBe(true);
  });

  it('answers [] under emptyProfiles, and then refuses every scope with 403', async () => {
    const e = await emulator({ emptyProfiles: true });
    const auth = await authHeaders(e);
    const answer = await get(e, '/v2/profiles', auth);
    expect([answer.status, answer.json]).toEqual([200, []]);
    if (specsPresent) expect(conforms(profilesSchema(), answer.json)).toBe(true);
    const normal = await emulator();
    const { profile } = await spSetup(normal);
    expect((await get(e, '/sd/campaigns', { ...auth, 'Amazon-Advertising-API-Scope': String(profile.profileId) })).status).toBe(403);
    expect((await get(e, '/managerAccounts', auth)).json).toEqual({ managerAccounts: [] });
  });

  it('profiles: N gives an account of N profiles over the region\'s marketplaces in turn; the first round as without it', async () => {
    const e = await emulator({ region: 'eu', profiles: 40 });
    const listed = (await get(e, '/v2/profiles', await authHeaders(e))).json as Array<{ profileId: number; countryCode: string; accountInfo: { name: string } }>;
    const countries = regions.eu.marketplaces;
    expect(listed.map((p) => p.countryCode)).toEqual(Array.from({ length: 40 }, (_, i) => countries[i % countries.length]));
    expect(new Set(listed.map((p) => p.profileId)).size).toBe(40);
    const standard = await emulator({ region: 'eu' });
    const first = (await get(standard, '/v2/profiles', await authHeaders(standard))).json;
    expect(listed.slice(0, countries.length)).toEqual(first);
    expect(listed[countries.length].accountInfo.name).toMatch(/ 2$/);
    if (specsPresent) expect(conforms(profilesSchema(), listed)).toBe(true);
    // every profile is usable as a scope
    const last = listed[39];
    expect((await get(e, '/sd/campaigns', { ...(await authHeaders(e)), 'Amazon-Advertising-API-Scope': String(last.profileId) })).status).toBe(200);
  });

  it('deniedProfile: N refuses the calls scoped to the Nth listed profile with 403, the others answer', async () => {
    const e = await emulator({ deniedProfile: 2 });
    const auth = await authHeaders(e);
    const listed = (await get(e, '/v2/profiles', auth)).json as Array<{ profileId: number }>;
    const scoped = (index: number) => get(e, '/sd/campaigns', { ...auth, 'Amazon-Advertising-API-Scope': String(listed[index].profileId) });
    expect((await scoped(1)).status).toBe(403);
    expect((await scoped(0)).status).toBe(200);
    expect((await scoped(2)).status).toBe(200);
  });

  it('GET /v2/profiles/{profileId} answers the profile, or 404 for another id', async () => {
    const e = await emulator();
    const { auth, profile } = await spSetup(e);
    const one = await get(e, `/v2/profiles/${profile.profileId}`, auth);
    expect(one.status).toBe(200);
    expect(one.json).toEqual(profile);
    if (specsPresent) expect(conforms(profileSchema(), one.json)).toBe(true);
    expect((await get(e, '/v2/profiles/42', auth)).status).toBe(404);
    expect(e.stats.routes['GET /v2/profiles/{profileId}']).toBe(2);
  });
});

describe('GET /managerAccounts', () => {
  it('lists a manager account linking every profile of the region', async () => {
    const e = await emulator({ region: 'fe' });
    const auth = await authHeaders(e);
    const answer = await get(e, '/managerAccounts', auth);
    expect(answer.status).toBe(200);
    const [account] = answer.json.managerAccounts;
    expect(account.managerAccountId).toMatch(/^amzn1\.ads1\.ma1\./);
    expect(account.linkedAccounts.map((a: { profileId: string }) => a.profileId)).toEqual(
      (await get(e, '/v2/profiles', auth)).json.map((p: { profileId: number }) => String(p.profileId)),
    );
  });
});
