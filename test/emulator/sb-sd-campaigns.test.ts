import { describe, expect, it } from 'vitest';
import { sbMaxResults, sdMaxCount } from '../../src/emulator/index.js';
import { emulator, get, post, sbType, spSetup } from './helpers.js';

async function scoped(e: Awaited<ReturnType<typeof emulator>>) {
  const { auth, profile } = await spSetup(e);
  return { ...auth, 'Amazon-Advertising-API-Scope': String(profile.profileId) };
}

describe('POST /sb/v4/campaigns/list', () => {
  it('lists the SB campaigns (default 3) in the SB v4 media type', async () => {
    const e = await emulator();
    const answer = await post(e, '/sb/v4/campaigns/list', { ...(await scoped(e)), Accept: sbType });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(sbType);
    expect(answer.json.campaigns).toHaveLength(3);
    expect(answer.json.totalResults).toBe(3);
    for (const campaign of answer.json.campaigns) {
      expect(campaign).toMatchObject({
        campaignId: expect.stringMatching(/^\d+$/),
        name: expect.any(String),
        state: expect.stringMatching(/^(ENABLED|PAUSED|ARCHIVED)$/),
        budget: expect.any(Number),
        budgetType: 'DAILY',
        brandEntityId: expect.stringMatching(/^ENTITY/),
      });
    }
  });

  it('pages with maxResults / nextToken in the body until the last page', async () => {
    const e = await emulator({ sbCampaigns: 250 });
    const headers = { ...(await scoped(e)), Accept: sbType, 'Content-Type': sbType };
    const ids = new Set<string>();
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const answer = await post(e, '/sb/v4/campaigns/list', headers, { maxResults: sbMaxResults, ...(nextToken ? { nextToken } : {}) });
      expect(answer.status).toBe(200);
      for (const c of answer.json.campaigns) ids.add(c.campaignId);
      nextToken = answer.json.nextToken;
      pages++;
    } while (nextToken);
    expect([ids.size, pages]).toEqual([250, 3]);
    expect((await post(e, '/sb/v4/campaigns/list', headers, { maxResults: sbMaxResults + 1 })).status).toBe(400);
  });

  it('filters by stateFilter', async () => {
    const e = await emulator({ sbCampaigns: 30 });
    const headers = { ...(await scoped(e)), Accept: sbType, 'Content-Type': sbType };
    const answer = await post(e, '/sb/v4/campaigns/list', headers, { stateFilter: { include: ['ARCHIVED'] } });
    expect(answer.json.campaigns.length).toBeGreaterThan(0);
    expect(answer.json.campaigns.every((c: { state: string }) => c.state === 'ARCHIVED')).toBe(true);
  });
});

describe('GET /sd/campaigns', () => {
  it('answers an array of SD campaigns (default 2)', async () => {
    const e = await emulator();
    const answer = await get(e, '/sd/campaigns', await scoped(e));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.json).toHaveLength(2);
    for (const campaign of answer.json) {
      expect(campaign).toMatchObject({
        campaignId: expect.any(Number),
        name: expect.any(String),
        tactic: expect.stringMatching(/^T000[23]0$/),
        startDate: expect.stringMatching(/^\d{8}$/),
        state: expect.stringMatching(/^(enabled|paused|archived)$/),
        costType: expect.stringMatching(/^(cpc|vcpm)$/),
        budgetType: 'daily',
      });
    }
  });

  it('pages with startIndex / count; the page shorter than count is the last', async () => {
    const e = await emulator({ sdCampaigns: 25 });
    const headers = await scoped(e);
    const sizes: number[] = [];
    const ids = new Set<number>();
    for (let startIndex = 0; ; startIndex += 10) {
      const answer = await get(e, `/sd/campaigns?startIndex=${startIndex}&count=10`, headers);
      sizes.push(answer.json.length);
      for (const c of answer.json) ids.add(c.campaignId);
      if (answer.json.length < 10) break;
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(ids.size).toBe(25);
    expect((await get(e, `/sd/campaigns?count=${sdMaxCount + 1}`, headers)).status).toBe(400);
    expect((await get(e, '/sd/campaigns?startIndex=-1', headers)).status).toBe(400);
  });

  it('filters by stateFilter and pages among the matches', async () => {
    const e = await emulator({ sdCampaigns: 40 });
    const headers = await scoped(e);
    const all = (await get(e, '/sd/campaigns', headers)).json as Array<{ state: string; campaignId: number }>;
    const live = all.filter((c) => c.state !== 'archived');
    const first = await get(e, '/sd/campaigns?stateFilter=enabled,paused&count=20', headers);
    const second = await get(e, '/sd/campaigns?stateFilter=enabled,paused&count=20&startIndex=20', headers);
    expect([...first.json, ...second.json].map((c: { campaignId: number }) => c.campaignId)).toEqual(live.map((c) => c.campaignId));
    expect((await get(e, '/sd/campaigns?stateFilter=running', headers)).status).toBe(400);
  });
});
