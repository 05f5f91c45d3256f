/**
 * A client someone else wrote works against the emulator: Amazon's official Postman collection, run by
 * Newman's library API with its own scripts unchanged (legacy postman.* calls, JSON.parse(responseBody)).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NewmanRunSummary } from 'newman';
import { emulator, runNewmanAgainst } from './helpers.js';
import { needsShared, sharedPath } from '../support/needs.js';

const collectionPath = sharedPath('reference/postman/Amazon_Ads_API.postman_collection.json');
const environmentPath = sharedPath('reference/postman/Amazon_Ads_API_Environment.postman_environment.json');
const present = needsShared('reference/postman/Amazon_Ads_API.postman_collection.json', 'reference/postman/Amazon_Ads_API_Environment.postman_environment.json');

function runOfficial(e: Awaited<ReturnType<typeof emulator>>): Promise<NewmanRunSummary> {
  return runNewmanAgainst(e, {
    collection: JSON.parse(readFileSync(collectionPath, 'utf8')),
    environment: JSON.parse(readFileSync(environmentPath, 'utf8')),
    folder: ['Access token from refresh token', 'Accounts', 'First call'],
  });
}

describe.skipIf(!present)('the official Amazon Ads API collection against the emulator', () => {
  for (const region of ['na', 'eu', 'fe'] as const) {
    it(`passes all its own assertions (Auth refresh, Accounts, First call) in ${region}`, async () => {
      const e = await emulator({ region });
      const summary = await runOfficial(e);
      const { stats } = summary.run;
      const names = summary.run.executions.map((execution) => execution.item.name);
      expect(names).toEqual(['Access token from refresh token', 'Profiles', 'Manager accounts', 'List SB campaigns', 'List SD campaigns', 'List SP campaigns']);
      expect(summary.run.failures.map((failure) => `${failure.source?.name}: ${failure.error.message}`)).toEqual([]);
      expect(stats.assertions.total).toBe(6);
      expect(stats.assertions.failed).toBe(0);
      expect(stats.testScripts.failed).toBe(0);
      expect(stats.prerequestScripts.failed).toBe(0);
      for (const execution of summary.run.executions) expect(execution.response?.code).toBeLessThan(300);
      // the collection's own pre-request script found the token fresh: one grant in the whole run
      expect(e.stats.grants).toEqual({ refresh_token: 1, authorization_code: 0, failed: 0 });
      expect(e.stats.routes).toEqual({
        'POST /auth/o2/token': 1,
        'GET /v2/profiles': 1,
        'GET /managerAccounts': 1,
        'POST /sb/v4/campaigns/list': 1,
        'GET /sd/campaigns': 1,
        'POST /sp/campaigns/list': 1,
      });
    });
  }

  it('fails its assertions when the emulator rejects the refresh token (the run can fail)', async () => {
    const e = await emulator({ rejectRefresh: true });
    const summary = await runOfficial(e);
    expect(summary.run.stats.assertions.failed).toBeGreaterThan(0);
    expect(e.stats.grants.failed).toBeGreaterThan(0);
  });
});
