import { describe, expect, it } from 'vitest';
import { spMaxResults } from '../../src/emulator/index.js';
import { emulator, post, spSetup, spType } from './helpers.js';
import { conforms, responseSchema, specsPresent } from './spec-schemas.js';

const schema = (path: string, method: string, status: number, type = spType) => responseSchema('sp', path, method, status, type);
const listSchema = () => schema('/sp/campaigns/list', 'post', 200);

async function listAll(e: Awaited<ReturnType<typeof emulator>>, headers: Record<string, string>, body: Record<string, unknown> = {}) {
  const campaigns: Array<Record<string, unknown>> = [];
  const tokens: string[] = [];
  let nextToken: string | undefined;
  do {
    const answer = await post(e, '/sp/campaigns/list', headers, { ...body, ...(nextToken ? { nextToken } : {}) });
    expect(answer.status).toBe(200);
    campaigns.push(...answer.json.campaigns);
    nextToken = answer.json.nextToken;
    if (nextToken) tokens.push(nextToken);
  } while (nextToken);
  return { campaigns, tokens };
}

describe('POST /sp/campaigns/list', () => {
  it('lists the profile campaigns (default 5) in the SP v3 media type, conforming to the spec', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const answer = await post(e, '/sp/campaigns/list', headers, {});
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(spType);
    expect(answer.json.campaigns).toHaveLength(5);
    expect(answer.json.totalResults).toBe(5);
    expect(answer.json.nextToken).toBeUndefined();
    if (specsPresent) expect(conforms(listSchema(), answer.json)).toBe(true);
    for (const campaign of answer.json.campaigns) {
      expect(campaign).toMatchObject({ campaignId: expect.stringMatching(/^\d+$/), budget: { budgetType: 'DAILY' }, startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(campaign.extendedData).toBeUndefined();
    }
  });

  it('accepts a call with no body at all (as the official collection sends it)', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const answer = await post(e, '/sp/campaigns/list', headers);
    expect([answer.status, answer.json.campaigns.length]).toEqual([200, 5]);
  });

  it('pages with maxResults and nextToken: every campaign once, distinct tokens, the last page has no token', async () => {
    const e = await emulator({ campaigns: 23 });
    const { headers } = await spSetup(e);
    const { campaigns, tokens } = await listAll(e, headers, { maxResults: 5 });
    expect(campaigns).toHaveLength(23);
    expect(new Set(campaigns.map((c) => c.campaignId)).size).toBe(23);
    expect(tokens).toHaveLength(4);
    expect(new Set(tokens).size).toBe(4);
    expect(e.stats.routes['POST /sp/campaigns/list']).toBe(5);
  });

  it('uses pageSize as the default page when maxResults is absent, else the largest page', async () => {
    const small = await emulator({ campaigns: 7, pageSize: 3 });
    const smallSetup = await spSetup(small);
    expect((await post(small, '/sp/campaigns/list', smallSetup.headers, {})).json.campaigns).toHaveLength(3);
    const big = await emulator({ campaigns: spMaxResults + 1 });
    const bigSetup = await spSetup(big);
    const first = await post(big, '/sp/campaigns/list', bigSetup.headers, {});
    expect(first.json.campaigns).toHaveLength(spMaxResults);
    expect(first.json.nextToken).toEqual(expect.any(String));
  });

  it('refuses maxResults out of 1..1000 and a foreign nextToken with 400 INVALID_ARGUMENT', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    for (const maxResults of [0, spMaxResults + 1, 'ten', 2.5]) {
      const answer = await post(e, '/sp/campaigns/list', headers, { maxResults });
      expect(answer.status).toBe(400);
      expect(answer.json.code).toBe('INVALID_ARGUMENT');
      if (specsPresent) expect(conforms(schema('/sp/campaigns/list', 'post', 400, 'application/json'), answer.json)).toBe(true);
    }
    const token = await post(e, '/sp/campaigns/list', headers, { nextToken: 'bm90LWEtdG9rZW4' });
    expect(token.status).toBe(400);
    expect(token.json.errors[0].errorValue.invalidInputError.reason).toBe('INVALID_TOKEN');
    expect((await post(e, '/sp/campaigns/list', headers, 'not json')).status).toBe(400);
  });

  it('is deterministic: the same seed lists the same campaigns', async () => {
    const a = await emulator({ seed: 3 });
    const b = await emulator({ seed: 3 });
    const listA = await post(a, '/sp/campaigns/list', (await spSetup(a)).headers, {});
    const listB = await post(b, '/sp/campaigns/list', (await spSetup(b)).headers, {});
    expect(listA.json).toEqual(listB.json);
  });

  it('filters by stateFilter, campaignIdFilter and nameFilter, with paging over the matches', async () => {
    const e = await emulator({ campaigns: 40 });
    const { headers } = await spSetup(e);
    const all = (await listAll(e, headers)).campaigns;
    const paused = all.filter((c) => c.state === 'PAUSED');
    expect(paused.length).toBeGreaterThan(1);
    const pausedPaged = await listAll(e, headers, { stateFilter: { include: ['PAUSED'] }, maxResults: 2 });
    expect(pausedPaged.campaigns.map((c) => c.campaignId)).toEqual(paused.map((c) => c.campaignId));
    const first = await post(e, '/sp/campaigns/list', headers, { stateFilter: { include: ['PAUSED'] }, maxResults: 2 });
    expect(first.json.totalResults).toBe(paused.length);

    const ids = [all[3].campaignId, all[17].campaignId];
    const byId = await post(e, '/sp/campaigns/list', headers, { campaignIdFilter: { include: ids } });
    expect(byId.json.campaigns.map((c: { campaignId: string }) => c.campaignId)).toEqual(ids);

    const exact = await post(e, '/sp/campaigns/list', headers, { nameFilter: { include: [all[5].name], queryTermMatchType: 'EXACT_MATCH' } });
    expect(exact.json.campaigns).toEqual([all[5]]);
    const broad = await post(e, '/sp/campaigns/list', headers, { nameFilter: { include: ['campaign 00001'], queryTermMatchType: 'BROAD_MATCH' } });
    expect(broad.json.campaigns.length).toBe(10); // campaign 000010 .. 000019

    const badState = await post(e, '/sp/campaigns/list', headers, { stateFilter: { include: ['RUNNING'] } });
    expect(badState.status).toBe(400);
  });

  it('adds extendedData when includeExtendedDataFields is true', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const answer = await post(e, '/sp/campaigns/list', headers, { includeExtendedDataFields: true });
    expect(answer.json.campaigns[0].extendedData).toMatchObject({ creationDateTime: expect.any(String), servingStatus: expect.any(String) });
    if (specsPresent) expect(conforms(listSchema(), answer.json)).toBe(true);
  });

  it('campaigns belong to their profile: another profile lists other ids', async () => {
    const e = await emulator({ region: 'eu' });
    const { headers, auth } = await spSetup(e);
    const profiles = (await (await fetch(`${e.url}/v2/profiles`, { headers: auth })).json()) as Array<{ profileId: number }>;
    const first = await post(e, '/sp/campaigns/list', headers, {});
    const second = await post(e, '/sp/campaigns/list', { ...headers, 'Amazon-Advertising-API-Scope': String(profiles[1].profileId) }, {});
    const firstIds = new Set(first.json.campaigns.map((c: { campaignId: string }) => c.campaignId));
    expect(second.json.campaigns.some((c: { campaignId: string }) => firstIds.has(c.campaignId))).toBe(false);
  });
});

describe('POST/PUT /sp/campaigns and POST /sp/campaigns/delete (207 multi-status)', () => {
  const newCampaign = { name: 'Emulator test campaign', state: 'ENABLED', targetingType: 'MANUAL', budget: { budget: 12.5, budgetType: 'DAILY' }, startDate: '2030-01-01' };

  it('creates campaigns that then appear in the list; invalid items fail with their index', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const answer = await post(e, '/sp/campaigns', headers, { campaigns: [newCampaign, { name: 'no budget', state: 'ENABLED', targetingType: 'AUTO' }, { ...newCampaign, state: 'RUNNING' }] });
    expect(answer.status).toBe(207);
    expect(answer.headers.get('content-type')).toBe(spType);
    if (specsPresent) expect(conforms(schema('/sp/campaigns', 'post', 207), answer.json)).toBe(true);
    const { success, error } = answer.json.campaigns;
    expect(success).toEqual([{ index: 0, campaignId: expect.stringMatching(/^\d+$/) }]);
    expect(error.map((item: { index: number }) => item.index)).toEqual([1, 2]);
    expect(error[0].errors[0].errorValue.missingValueError).toMatchObject({ reason: 'MISSING_VALUE', cause: { location: '$.campaigns[1].budget' } });
    expect(error[1].errors[0].errorValue.rangeError.reason).toBe('INVALID_ENUM_VALUE');

    const list = await post(e, '/sp/campaigns/list', headers, { campaignIdFilter: { include: [success[0].campaignId] } });
    expect(list.json.campaigns).toEqual([{ ...newCampaign, campaignId: success[0].campaignId, dynamicBidding: { strategy: 'LEGACY_FOR_SALES', placementBidding: [] } }]);
    expect((await post(e, '/sp/campaigns/list', headers, {})).json.totalResults).toBe(6);
  });

  it('returns the full campaign with Prefer: return=representation', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const answer = await post(e, '/sp/campaigns', { ...headers, Prefer: 'return=representation' }, { campaigns: [newCampaign] });
    expect(answer.json.campaigns.success[0].campaign).toMatchObject({ ...newCampaign, campaignId: answer.json.campaigns.success[0].campaignId });
    expect(answer.headers.get('preference-applied')).toBe('return=representation');
    if (specsPresent) expect(conforms(schema('/sp/campaigns', 'post', 207), answer.json)).toBe(true);
  });

  it('updates a generated campaign; an unknown id fails with entityNotFoundError', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const [campaign] = (await post(e, '/sp/campaigns/list', headers, {})).json.campaigns;
    const answer = await post(e, '/sp/campaigns', headers, { campaigns: [{ campaignId: campaign.campaignId, name: 'Renamed', state: 'PAUSED' }, { campaignId: '999', name: 'x' }] }, 'PUT');
    expect(answer.status).toBe(207);
    if (specsPresent) expect(conforms(schema('/sp/campaigns', 'put', 207), answer.json)).toBe(true);
    expect(answer.json.campaigns.success).toEqual([{ index: 0, campaignId: campaign.campaignId }]);
    expect(answer.json.campaigns.error[0]).toMatchObject({ index: 1, errors: [{ errorType: 'entityNotFoundError', errorValue: { entityNotFoundError: { entityId: '999', entityType: 'CAMPAIGN' } } }] });
    const [after] = (await post(e, '/sp/campaigns/list', headers, { campaignIdFilter: { include: [campaign.campaignId] } })).json.campaigns;
    expect(after).toMatchObject({ name: 'Renamed', state: 'PAUSED', budget: campaign.budget });
  });

  it('deletes (archives) campaigns by id; unknown ids fail with their index', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const [campaign] = (await post(e, '/sp/campaigns/list', headers, {})).json.campaigns;
    const answer = await post(e, '/sp/campaigns/delete', headers, { campaignIdFilter: { include: [campaign.campaignId, '12'] } });
    expect(answer.status).toBe(207);
    if (specsPresent) expect(conforms(schema('/sp/campaigns/delete', 'post', 207), answer.json)).toBe(true);
    expect(answer.json.campaigns.success).toEqual([{ index: 0, campaignId: campaign.campaignId }]);
    expect(answer.json.campaigns.error[0].index).toBe(1);
    const archived = await post(e, '/sp/campaigns/list', headers, { stateFilter: { include: ['ARCHIVED'] } });
    expect(archived.json.campaigns.map((c: { campaignId: string }) => c.campaignId)).toContain(campaign.campaignId);
    const update = await post(e, '/sp/campaigns', headers, { campaigns: [{ campaignId: campaign.campaignId, name: 'again' }] }, 'PUT');
    expect(update.json.campaigns.error[0].errors[0].errorType).toBe('entityStateError');
  });

  it('refuses a body without campaigns (400), and created campaigns persist only in their emulator', async () => {
    const e = await emulator();
    const { headers } = await spSetup(e);
    const bad = await post(e, '/sp/campaigns', headers, { nope: [] });
    expect(bad.status).toBe(400);
    if (specsPresent) expect(conforms(schema('/sp/campaigns', 'post', 400, 'application/json'), bad.json)).toBe(true);
    await post(e, '/sp/campaigns', headers, { campaigns: [newCampaign] });
    const other = await emulator();
    expect((await post(other, '/sp/campaigns/list', (await spSetup(other)).headers, {})).json.totalResults).toBe(5);
  });
});

describe('scale', () => {
  it('lists 100 000 campaigns of one profile page by page with maxResults 1000', async () => {
    const e = await emulator({ campaigns: 100_000 });
    const { headers } = await spSetup(e);
    let count = 0;
    let pages = 0;
    let nextToken: string | undefined;
    let lastId = '';
    do {
      const answer = await post(e, '/sp/campaigns/list', headers, { maxResults: 1000, ...(nextToken ? { nextToken } : {}) });
      count += answer.json.campaigns.length;
      lastId = answer.json.campaigns.at(-1).campaignId;
      nextToken = answer.json.nextToken;
      pages++;
    } while (nextToken);
    expect([count, pages]).toEqual([100_000, 100]);
    expect(lastId).toMatch(/99999$/);
  });
});
