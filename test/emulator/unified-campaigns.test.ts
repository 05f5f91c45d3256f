/**
 * The emulator's Unified API routes: advertiser accounts, the campaigns query (filters, paging) and
 * 207 writes, with the same auth, 401/403/415 enforcement and faults as the per-product routes.
 */
import { describe, expect, it } from 'vitest';
import { demoCredentials } from '../../src/emulator/index.js';
import { accessToken, emulator, post, profilesOf, authHeaders } from './helpers.js';

type E = Awaited<ReturnType<typeof emulator>>;

async function clientHeaders(e: E): Promise<Record<string, string>> {
  return {
    'Amazon-Ads-ClientId': demoCredentials.client_id,
    Authorization: `Bearer ${await accessToken(e)}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
}

async function accountsOf(e: E, headers: Record<string, string>) {
  const answer = await post(e, '/adsApi/v1/query/advertiserAccounts', headers, {});
  expect(answer.status).toBe(200);
  return answer.json.advertiserAccounts as Array<{ advertiserAccountId: string; alternateIds: Array<{ countryCode: string; profileId: string }> }>;
}

async function accountSetup(e: E) {
  const client = await clientHeaders(e);
  const [account] = await accountsOf(e, client);
  const headers: Record<string, string> = { ...client, 'Amazon-Ads-AccountId': account.advertiserAccountId };
  return { client, account, headers };
}

async function queryAll(e: E, headers: Record<string, string>, body: Record<string, unknown>) {
  const campaigns: Array<Record<string, unknown>> = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const answer = await post(e, '/adsApi/v1/query/campaigns', headers, { ...body, ...(nextToken ? { nextToken } : {}) });
    expect(answer.status).toBe(200);
    campaigns.push(...answer.json.campaigns);
    nextToken = answer.json.nextToken;
    pages++;
  } while (nextToken && pages < 100);
  return { campaigns, pages };
}

describe('POST /adsApi/v1/query/advertiserAccounts', () => {
  it('groups the profiles into advertiser accounts whose alternateIds link each profile', async () => {
    const e = await emulator({ region: 'eu' });
    const client = await clientHeaders(e);
    const accounts = await accountsOf(e, client);
    const profiles = await profilesOf(e, { 'Amazon-Advertising-API-ClientId': demoCredentials.client_id, Authorization: client.Authorization });
    expect(accounts.length).toBeGreaterThan(1);
    const linked = accounts.flatMap((a) => a.alternateIds.map((alt) => alt.profileId)).sort();
    expect(linked).toEqual(profiles.map((p) => String(p.profileId)).sort());
    for (const account of accounts) expect(account.advertiserAccountId).toMatch(/^amzn1\.ads-account\.g\./);
  });

  it('pages with maxResults / nextToken and answers an empty list when the login has no profiles', async () => {
    const e = await emulator({ region: 'eu' });
    const client = await clientHeaders(e);
    const first = await post(e, '/adsApi/v1/query/advertiserAccounts', client, { maxResults: 1 });
    expect(first.json.advertiserAccounts).toHaveLength(1);
    const second = await post(e, '/adsApi/v1/query/advertiserAccounts', client, { maxResults: 1, nextToken: first.json.nextToken });
    expect(second.json.advertiserAccounts[0].advertiserAccountId).not.toBe(first.json.advertiserAccounts[0].advertiserAccountId);

    const empty = await emulator({ emptyProfiles: true });
    expect(await accountsOf(empty, await clientHeaders(empty))).toEqual([]);
  });
});

describe('POST /adsApi/v1/query/campaigns', () => {
  it('lists SP, SB and SD campaigns of the account in one list, filtered by adProductFilter', async () => {
    const e = await emulator({ region: 'na', campaigns: 4, sbCampaigns: 3, sdCampaigns: 2 });
    const { headers, account } = await accountSetup(e);
    const profiles = account.alternateIds.length;
    const all = await queryAll(e, headers, {});
    const byProduct = (list: Array<Record<string, unknown>>, product: string) => list.filter((c) => c.adProduct === product).length;
    expect(byProduct(all.campaigns, 'SPONSORED_PRODUCTS')).toBe(4 * profiles);
    expect(byProduct(all.campaigns, 'SPONSORED_BRANDS')).toBe(3 * profiles);
    expect(byProduct(all.campaigns, 'SPONSORED_DISPLAY')).toBe(2 * profiles);
    expect(all.campaigns[0]).toMatchObject({
      campaignId: expect.stringMatching(/^\d+$/),
      state: expect.stringMatching(/^(ENABLED|PAUSED|ARCHIVED)$/),
      budgets: [{ budgetType: 'MONETARY', budgetValue: { monetaryBudgetValue: { monetaryBudget: { value: expect.any(Number) } } } }],
      marketplaces: [expect.any(String)],
    });
    const sbOnly = await queryAll(e, headers, { adProductFilter: { include: ['SPONSORED_BRANDS'] } });
    expect(sbOnly.campaigns.every((c) => c.adProduct === 'SPONSORED_BRANDS')).toBe(true);
    expect(sbOnly.campaigns).toHaveLength(3 * profiles);
  });

  it('narrows to the profile a Scope header names, filters by state and pages every campaign exactly once', async () => {
    const e = await emulator({ region: 'na', campaigns: 30 });
    const { headers, account } = await accountSetup(e);
    const scoped = { ...headers, 'Amazon-Advertising-API-Scope': account.alternateIds[0].profileId };
    const { campaigns, pages } = await queryAll(e, scoped, { maxResults: 7 });
    expect(campaigns).toHaveLength(30 + 3 + 2);
    expect(new Set(campaigns.map((c) => c.campaignId)).size).toBe(campaigns.length);
    expect(pages).toBe(Math.ceil(35 / 7));
    const paused = await queryAll(e, scoped, { stateFilter: { include: ['PAUSED'] }, maxResults: 3 });
    expect(paused.campaigns.length).toBeGreaterThan(0);
    expect(paused.campaigns.every((c) => c.state === 'PAUSED')).toBe(true);
    expect(paused.campaigns.length).toBeLessThan(campaigns.length);
  });

  it('uses --page-size when the body has no maxResults, and answers 0 campaigns with --campaigns 0', async () => {
    const e = await emulator({ campaigns: 0, sbCampaigns: 0, sdCampaigns: 0 });
    const { headers } = await accountSetup(e);
    const answer = await post(e, '/adsApi/v1/query/campaigns', headers, {});
    expect([answer.status, answer.json.campaigns, answer.json.nextToken]).toEqual([200, [], undefined]);
    const small = await emulator({ pageSize: 2 });
    const setup = await accountSetup(small);
    const page = await post(small, '/adsApi/v1/query/campaigns', setup.headers, {});
    expect(page.json.campaigns).toHaveLength(2);
    expect(page.json.nextToken).toEqual(expect.any(String));
  });

  it('refuses bad filters and foreign nextTokens with 400 and a JSON error', async () => {
    const e = await emulator();
    const { headers } = await accountSetup(e);
    const bad = await post(e, '/adsApi/v1/query/campaigns', headers, { adProductFilter: { include: ['SPONSORED_NOTHING'] } });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('adProductFilter') });
    // every Unified spec snapshot declares adProductFilter.include maxItems 1, as Amazon answers
    const two = await post(e, '/adsApi/v1/query/campaigns', headers, { adProductFilter: { include: ['SPONSORED_PRODUCTS', 'SPONSORED_BRANDS'] } });
    expect([two.status, two.json.code, two.json.message]).toEqual([400, 'BAD_REQUEST', 'adProductFilter.include takes at most 1 values']);
    const token = await post(e, '/adsApi/v1/query/campaigns', headers, { nextToken: 'bm90LW91cnM' });
    expect(token.status).toBe(400);
  });
});

describe('create / update / delete campaigns (207 multi-status)', () => {
  const budget = (value: number) => [{ budgetType: 'MONETARY', recurrenceTimePeriod: 'DAILY', budgetValue: { monetaryBudgetValue: { monetaryBudget: { value } } } }];

  it('creates, updates and archives, reporting success and error by index', async () => {
    const e = await emulator({ campaigns: 1, sbCampaigns: 0, sdCampaigns: 0 });
    const { headers, account } = await accountSetup(e);
    const country = account.alternateIds[0].countryCode;
    const created = await post(e, '/adsApi/v1/create/campaigns', headers, {
      campaigns: [
        { adProduct: 'SPONSORED_BRANDS', name: 'Unified SB', state: 'PAUSED', marketplaces: [country], budgets: budget(12) },
        { adProduct: 'SPONSORED_PRODUCTS', name: '', state: 'PAUSED', budgets: budget(5) },
      ],
    });
    expect(created.status).toBe(207);
    expect(created.json.success).toHaveLength(1);
    expect(created.json.success[0]).toMatchObject({ index: 0, campaign: { adProduct: 'SPONSORED_BRANDS', name: 'Unified SB', state: 'PAUSED' } });
    expect(created.json.error).toEqual([{ index: 1, errors: [expect.objectContaining({ code: 'FIELD_VALUE_IS_INVALID' })] }]);
    const campaignId = created.json.success[0].campaign.campaignId as string;

    const updated = await post(e, '/adsApi/v1/update/campaigns', headers, {
      campaigns: [{ campaignId, state: 'ENABLED', budgets: budget(20) }, { campaignId: '999' }],
    });
    expect(updated.status).toBe(207);
    expect(updated.json.success[0].campaign).toMatchObject({ campaignId, state: 'ENABLED' });
    expect(updated.json.success[0].campaign.budgets[0].budgetValue.monetaryBudgetValue.monetaryBudget.value).toBe(20);
    expect(updated.json.error[0]).toMatchObject({ index: 1, errors: [{ code: 'RESOURCE_ID_NOT_FOUND' }] });

    const deleted = await post(e, '/adsApi/v1/delete/campaigns', headers, { campaignIds: [campaignId] });
    expect(deleted.json.success[0].campaign).toMatchObject({ campaignId, state: 'ARCHIVED' });
    const again = await post(e, '/adsApi/v1/update/campaigns', headers, { campaigns: [{ campaignId, state: 'ENABLED' }] });
    expect(again.json.error[0].errors[0].code).toBe('ACTION_NOT_SUPPORTED');

    // the per-product route sees the campaign written through the unified one
    const sbList = await post(e, '/sb/v4/campaigns/list', {
      ...(await authHeaders(e)),
      'Amazon-Advertising-API-Scope': account.alternateIds[0].profileId,
      Accept: 'application/vnd.sbcampaignresource.v4+json',
      'Content-Type': 'application/vnd.sbcampaignresource.v4+json',
    }, {});
    expect(sbList.status, sbList.text).toBe(200);
    expect(sbList.json.campaigns.map((c: { campaignId: string }) => c.campaignId)).toContain(campaignId);
  });

  it('refuses a body without the campaigns list with 400', async () => {
    const e = await emulator();
    const { headers } = await accountSetup(e);
    const answer = await post(e, '/adsApi/v1/create/campaigns', headers, { campaign: {} });
    expect(answer.status).toBe(400);
    expect(answer.json.message).toMatch(/campaigns is required/);
  });
});

describe('Unified API auth, account context, media types and faults', () => {
  it('401 without a client id or token, 400 without an account, 403 for a foreign account or profile (codes of the Unified ErrorCode enum)', async () => {
    const e = await emulator();
    const { headers, account } = await accountSetup(e);
    const { 'Amazon-Ads-ClientId': _client, ...noClient } = headers;
    expect((await post(e, '/adsApi/v1/query/campaigns', noClient, {})).status).toBe(401);
    expect((await post(e, '/adsApi/v1/query/campaigns', { ...headers, Authorization: 'Bearer nope' }, {})).status).toBe(401);
    const { 'Amazon-Ads-AccountId': _account, ...noAccount } = headers;
    const missing = await post(e, '/adsApi/v1/query/campaigns', noAccount, {});
    expect([missing.status, missing.json.code]).toEqual([400, 'BAD_REQUEST']);
    const foreign = await post(e, '/adsApi/v1/query/campaigns', { ...headers, 'Amazon-Ads-AccountId': 'amzn1.ads-account.g.someoneelse' }, {});
    expect([foreign.status, foreign.json.code]).toEqual([403, 'FORBIDDEN']);
    const wrongProfile = await post(e, '/adsApi/v1/query/campaigns', { ...headers, 'Amazon-Advertising-API-Scope': '1' }, {});
    expect(wrongProfile.status).toBe(403);
    expect(account.advertiserAccountId).toBeTruthy();
  });

  it('accepts the legacy Amazon-Advertising-API-ClientId header too', async () => {
    const e = await emulator();
    const { headers } = await accountSetup(e);
    const { 'Amazon-Ads-ClientId': client, ...rest } = headers;
    const answer = await post(e, '/adsApi/v1/query/campaigns', { ...rest, 'Amazon-Advertising-API-ClientId': client }, {});
    expect(answer.status).toBe(200);
  });

  it('415 for a Content-Type or Accept other than JSON', async () => {
    const e = await emulator();
    const { headers } = await accountSetup(e);
    expect((await post(e, '/adsApi/v1/query/campaigns', { ...headers, 'Content-Type': 'text/plain' }, {})).status).toBe(415);
    expect((await post(e, '/adsApi/v1/query/campaigns', { ...headers, Accept: 'application/vnd.spCampaign.v3+json' }, {})).status).toBe(415);
  });

  it('throttles (429 + Retry-After) and fails (500, 503) the first calls like the other routes', async () => {
    const e = await emulator({ throttle: 1, serverErrors: 2 });
    const client = await clientHeaders(e);
    const throttled = await post(e, '/adsApi/v1/query/advertiserAccounts', client, {});
    expect([throttled.status, throttled.headers.get('retry-after')]).toEqual([429, '1']);
    // the Unified ErrorCode enum has TOO_MANY_REQUESTS (not the THROTTLED of other APIs)
    expect(throttled.json).toEqual({ code: 'TOO_MANY_REQUESTS', message: expect.any(String) });
    expect((await post(e, '/adsApi/v1/query/advertiserAccounts', client, {})).status).toBe(500);
    expect((await post(e, '/adsApi/v1/query/advertiserAccounts', client, {})).status).toBe(503);
    expect((await post(e, '/adsApi/v1/query/advertiserAccounts', client, {})).status).toBe(200);
  });

  it('--malformed answers the queries with invalid JSON; --repeat-next-token repeats the token from page two on', async () => {
    const broken = await emulator({ malformed: true });
    const client = await clientHeaders(broken);
    const accounts = await post(broken, '/adsApi/v1/query/advertiserAccounts', client, {});
    expect([accounts.status, accounts.json]).toEqual([200, undefined]);

    const looping = await emulator({ repeatNextToken: true, campaigns: 10 });
    const { headers } = await accountSetup(looping);
    const first = await post(looping, '/adsApi/v1/query/campaigns', headers, { maxResults: 2 });
    const second = await post(looping, '/adsApi/v1/query/campaigns', headers, { maxResults: 2, nextToken: first.json.nextToken });
    expect(second.json.nextToken).toBe(first.json.nextToken);
  });

  it('answers an unknown /adsApi/v1 route with a 404 JSON error and keeps serving', async () => {
    const e = await emulator();
    const { headers } = await accountSetup(e);
    const unknown = await post(e, '/adsApi/v1/query/nothingHere', headers, {});
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 'NOT_FOUND' });
    const wrongMethod = await post(e, '/adsApi/v1/query/campaigns', headers, undefined, 'GET');
    expect(wrongMethod.status).toBe(404);
    expect((await post(e, '/adsApi/v1/query/campaigns', headers, {})).status).toBe(200);
  });
});
