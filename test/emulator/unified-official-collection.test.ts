/**
 * A client someone else wrote works against the emulator's Unified API: Amazon's official Unified API
 * collection, run by Newman's library API with its own scripts unchanged, refreshes the token and
 * queries campaigns (Amazon-Ads-ClientId, Amazon-Ads-AccountId, Scope) with all its assertions passing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NewmanRunSummary } from 'newman';
import { generateAdvertiserAccounts } from '../../src/emulator/ads/advertiser-accounts-data.js';
import { generateProfiles } from '../../src/emulator/ads/profiles-data.js';
import type { RegionId } from '../../src/core/regions.js';
import { emulator, runNewmanAgainst } from './helpers.js';
import { needsShared, sharedPath } from '../support/needs.js';

const collectionPath = sharedPath('reference/postman/unified/Amazon_Ads_Unified_API.postman_collection.json');
const environmentPath = sharedPath('reference/postman/unified/Amazon_Ads_Unified_API_Environment.postman_environment.json');
const present = needsShared('reference/postman/unified/Amazon_Ads_Unified_API.postman_collection.json', 'reference/postman/unified/Amazon_Ads_Unified_API_Environment.postman_environment.json');

/** The emulator's first advertiser account in a region (seed 1), without asking it (no extra token grant). */
function firstAccount(region: RegionId) {
  const [account] = generateAdvertiserAccounts(generateProfiles(region, 1), 1);
  return account;
}

function runOfficial(e: Awaited<ReturnType<typeof emulator>>, region: RegionId): Promise<NewmanRunSummary> {
  const account = firstAccount(region);
  return runNewmanAgainst(e, {
    collection: JSON.parse(readFileSync(collectionPath, 'utf8')),
    environment: JSON.parse(readFileSync(environmentPath, 'utf8')),
    folder: ['Access token from refresh token', 'List advertiser accounts', 'Query campaign'],
    extra: { accountId: account.advertiserAccountId, profileId: account.alternateIds[0].profileId },
  });
}

describe.skipIf(!present)('the official Unified API collection against the emulator', () => {
  for (const region of ['na', 'eu'] as const) {
    it(`passes its own assertions (token refresh, advertiser accounts, query campaigns) in ${region}`, async () => {
      const e = await emulator({ region, campaigns: 3 });
      const summary = await runOfficial(e, region);
      const names = summary.run.executions.map((execution) => execution.item.name);
      expect(names).toEqual(['Access token from refresh token', 'Query campaign', 'List advertiser accounts']); // collection order: Prod before Beta
      expect(summary.run.failures.map((failure) => `${failure.source?.name}: ${failure.error.message}`)).toEqual([]);
      expect(summary.run.stats.assertions.failed).toBe(0);
      expect(summary.run.stats.assertions.total).toBe(1 + 3 + 3);
      const query = summary.run.executions.find((execution) => execution.item.name === 'Query campaign')!;
      expect(query.response?.code).toBe(200);
      const campaigns = JSON.parse(query.response!.stream!.toString()).campaigns as Array<{ adProduct: string; state: string }>;
      // the official body asks for enabled and paused Sponsored Products campaigns of the profile
      expect(campaigns.length).toBeGreaterThan(0);
      expect(campaigns.every((c) => c.adProduct === 'SPONSORED_PRODUCTS' && ['ENABLED', 'PAUSED'].includes(c.state))).toBe(true);
      expect(e.stats.grants).toEqual({ refresh_token: 1, authorization_code: 0, failed: 0 });
      expect(e.stats.routes).toEqual({
        'POST /auth/o2/token': 1,
        'POST /adsApi/v1/query/advertiserAccounts': 1,
        'POST /adsApi/v1/query/campaigns': 1,
      });
    });
  }

  it('fails its assertions when the emulator refuses the account (the run can fail)', async () => {
    const e = await emulator({ emptyProfiles: true });
    const summary = await runOfficial(e, 'na');
    expect(summary.run.stats.assertions.failed).toBeGreaterThan(0);
    const query = summary.run.executions.find((execution) => execution.item.name === 'Query campaign')!;
    expect(query.response?.code).toBe(403);
  });
});
