/**
 * Our generated collection's Unified API smoke path under Newman against the emulator: Auth "Access
 * token from refresh token" -> "Unified API / Query advertiser accounts" -> "Unified API / Prod /
 * Campaigns / Query campaigns" over every page, with exactly one token grant; also when throttled
 * (429 + Retry-After), with 0 campaigns, and the account choice by profileId / country and its failures.
 * This is the path `npm run collection -- --api unified` selects (by these folder paths and names).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NewmanRunSummary } from 'newman';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { emulator, runNewmanAgainst } from './helpers.js';

const collectionFile = new URL('../../collections/amazon-ads-api.postman_collection.json', import.meta.url);
const environmentFile = new URL('../../environments/amazon-ads-api.eu.postman_environment.json', import.meta.url);

/** The smoke path: folder path + request name of each request, in run order. */
const unifiedSmokePath = [
  ['Auth', 'Access token from refresh token'],
  ['Unified API', 'Query advertiser accounts'],
  ['Unified API', 'Prod', 'Campaigns', 'Query campaigns'],
] as const;

interface ItemJson {
  id?: string;
  name: string;
  item?: ItemJson[];
}

function idOf(collection: { item: ItemJson[] }, path: readonly string[]): string {
  let items = collection.item;
  let found: ItemJson | undefined;
  for (const name of path) {
    found = items.find((item) => item.name === name);
    if (!found) throw new Error(`no ${path.join(' / ')} in the generated collection: run npm run build`);
    items = found.item ?? [];
  }
  return found!.id!;
}

type E = Awaited<ReturnType<typeof emulator>>;

function runSmoke(e: E, extra: Record<string, string> = {}): Promise<NewmanRunSummary> {
  const collection = JSON.parse(readFileSync(collectionFile, 'utf8'));
  return runNewmanAgainst(e, {
    collection,
    environment: JSON.parse(readFileSync(environmentFile, 'utf8')),
    folder: unifiedSmokePath.map((path) => idOf(collection, path)),
    extra: { retry_after_cap_seconds: '0.05', ...extra },
  });
}

const env = (summary: NewmanRunSummary): Record<string, unknown> =>
  Object.fromEntries((summary.environment as any).values.map((v: any) => [v.key, v.value]));
const executed = (summary: NewmanRunSummary) => [...new Set(summary.run.executions)].map((e: any) => e.item.name as string);
const failures = (summary: NewmanRunSummary) => summary.run.failures.map((f: any) => String(f.error.message));

async function smoke(options: EmulatorOptions, extra: Record<string, string> = {}) {
  const e = await emulator({ region: 'eu', ...options });
  const summary = await runSmoke(e, extra);
  return { e, summary, values: env(summary) };
}

describe('the generated collection Unified API smoke path against the emulator', () => {
  it('chooses the first account, reads every campaign page (all ad products) and counts per ad product, one token grant', async () => {
    const { e, summary, values } = await smoke({ campaigns: 7, sbCampaigns: 4, sdCampaigns: 3 }, { page_size: '3' });
    expect(failures(summary)).toEqual([]);
    expect(e.stats.grants).toEqual({ refresh_token: 1, authorization_code: 0, failed: 0 });
    expect(values.account_choice).toBe('first');
    expect(String(values.accountId)).toMatch(/^amzn1\.ads-account\.g\./);
    // the account's profile for its first marketplace: the Scope header narrows the query to it
    expect(values.profileId).toEqual(expect.stringMatching(/^\d+$/));
    expect(values.unified_campaign_count).toBe(7 + 4 + 3);
    expect(JSON.parse(String(values.unified_campaign_counts))).toEqual({ SPONSORED_PRODUCTS: 7, SPONSORED_BRANDS: 4, SPONSORED_DISPLAY: 3 });
    // one query per ad product (the API takes one in adProductFilter): SP 7, SB 4, SD 3, ST 0 campaigns in pages of 3
    const pages = Math.ceil(7 / 3) + Math.ceil(4 / 3) + Math.ceil(3 / 3) + 1;
    expect(executed(summary)).toEqual(['Access token from refresh token', 'Query advertiser accounts', ...Array(pages).fill('Query campaigns')]);
    expect(e.stats.routes['POST /adsApi/v1/query/campaigns']).toBe(pages);
  });

  it('waits out throttling (429 + Retry-After) and still reads every page with one grant', async () => {
    const { e, summary, values } = await smoke({ throttle: 2, campaigns: 5 }, { page_size: '4' });
    expect(failures(summary)).toEqual([]);
    expect(e.stats.grants.refresh_token).toBe(1);
    expect(values.unified_campaign_count).toBe(5 + 3 + 2);
    expect(e.stats.routes['POST /adsApi/v1/query/advertiserAccounts']).toBe(3); // two 429s, then the answer
  });

  it('retries server errors with backoff and refreshes an access token that expired early, once', async () => {
    const { e, summary, values } = await smoke({ serverErrors: 2, expireTokensAfterCalls: 3 }, { page_size: '4' });
    expect(failures(summary)).toEqual([]);
    expect(values.unified_campaign_count).toBe(5 + 3 + 2);
    // calls 1-2 answer 500 / 503, call 3 lists the accounts, then every token issued so far stops working
    expect(e.stats.grants.refresh_token).toBe(2);
  });

  it('passes with 0 campaigns: one page per ad product, count 0', async () => {
    const { e, summary, values } = await smoke({ campaigns: 0, sbCampaigns: 0, sdCampaigns: 0 });
    expect(failures(summary)).toEqual([]);
    expect(values.unified_campaign_count).toBe(0);
    expect(e.stats.routes['POST /adsApi/v1/query/campaigns']).toBe(4);
  });

  it('chooses by profileId through alternateIds, or by country', async () => {
    const e = await emulator({ region: 'eu' });
    const byCountry = await runSmoke(e, { profile_country: 'de' });
    expect(failures(byCountry)).toEqual([]);
    const chosen = env(byCountry);
    expect(chosen).toMatchObject({ account_choice: 'country', account_country_code: 'DE' });

    const again = await runSmoke(e, { profileId: String(chosen.profileId) });
    expect(failures(again)).toEqual([]);
    expect(env(again)).toMatchObject({ account_choice: 'profileId', accountId: chosen.accountId, profileId: chosen.profileId });
  });

  it('fails with a clear cause when no account matches, or there is none', async () => {
    const notListed = await smoke({}, { profileId: '123' });
    expect(failures(notListed.summary)[0]).toMatch(/^account_not_accessible: /);
    const noCountry = await smoke({}, { profile_country: 'JP' });
    expect(failures(noCountry.summary)[0]).toMatch(/^no_account_in_country: /);
    const none = await smoke({ emptyProfiles: true });
    expect(failures(none.summary)[0]).toMatch(/^no_accounts: /);
    // without an account the campaigns query is not sent at all
    expect(none.e.stats.routes['POST /adsApi/v1/query/campaigns']).toBeUndefined();
  });

  it('stops paging at max_pages with page_limit', async () => {
    const { summary, e } = await smoke({ campaigns: 20 }, { page_size: '2', max_pages: '3' });
    expect(failures(summary).some((m) => /^page_limit: /.test(m))).toBe(true);
    expect(e.stats.routes['POST /adsApi/v1/query/campaigns']).toBe(3);
  });
});
