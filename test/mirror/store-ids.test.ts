/**
 * store-ids inside postman-sandbox (the sandbox Newman and the Postman app use): ids land in the
 * environment where the official scripts put them, and an empty, failed or odd response never
 * crashes the script.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import type { FolderSpec, RequestSpec, ScriptRef } from '../../src/catalog/types.js';
import { environmentVariables, scriptVariables } from '../../src/catalog/variables.js';
import { closeSandbox, runScript, scriptSource, type CannedResponse } from '../scripts/sandbox-harness.js';

afterAll(closeSandbox);

type Params = { variable: string; from: string } | { ids: Array<{ variable: string; from: string }> };

function run(params: Params, response: CannedResponse, environment: Record<string, string> = {}, locals: Record<string, string> = {}) {
  return runScript(scriptSource('store-ids', params), {
    target: 'test',
    environment,
    locals,
    request: { name: 'Create ad groups', url: 'https://advertising-api.example/sp/adGroups', method: 'POST' },
    response,
  });
}

const adGroup = { variable: 'adGroupId', from: 'adGroups.success[0].adGroupId' };

describe('store-ids in postman-sandbox', () => {
  it('stores the first created id of a v3 multi-status answer', async () => {
    const result = await run(adGroup, { code: 207, body: { adGroups: { success: [{ index: 0, adGroupId: '4711' }, { index: 1, adGroupId: '4712' }], error: [] } } });
    expect(result.errors).toEqual([]);
    expect(result.environment.adGroupId).toBe('4711');
  });

  it('an answer with no success entry (only errors) passes and leaves no stale id behind', async () => {
    const result = await run(
      adGroup,
      { code: 207, body: { adGroups: { success: [], error: [{ index: 0, errors: [{ errorType: 'duplicateValueError' }] }] } } },
      { adGroupId: 'stale-from-last-run' },
    );
    expect(result.errors).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(result.environment).not.toHaveProperty('adGroupId');
  });

  it('reads a body that is a JSON array ([0].campaignId) and stores numbers as text', async () => {
    const params = { variable: 'campaignId', from: '[0].campaignId' };
    const stored = await run(params, { code: 200, body: [{ campaignId: 123456789012345, name: 'x' }] });
    expect(stored.environment.campaignId).toBe('123456789012345');
    const empty = await run(params, { code: 200, body: [] }, { campaignId: '1' });
    expect(empty.errors).toEqual([]);
    expect(empty.environment).not.toHaveProperty('campaignId');
  });

  it('stores several ids from one answer (ids list), and unsets them all on an empty list', async () => {
    const params = { ids: [{ variable: 'advertiser_id', from: 'amcAccounts[0].accountId' }, { variable: 'marketplace_id', from: 'amcAccounts[0].marketplaceId' }] };
    const stored = await run(params, { code: 200, body: { amcAccounts: [{ accountId: 'ENTITY1', marketplaceId: 'ATVPDKIKX0DER' }] } });
    expect([stored.environment.advertiser_id, stored.environment.marketplace_id]).toEqual(['ENTITY1', 'ATVPDKIKX0DER']);
    const empty = await run(params, { code: 200, body: { amcAccounts: [] } }, { advertiser_id: 'old', marketplace_id: 'old' });
    expect(empty.errors).toEqual([]);
    expect(empty.environment).toEqual({});
  });

  it('a shape it does not know (null, a string, a missing key) unsets instead of throwing', async () => {
    for (const body of [{ adGroups: null }, { adGroups: 'nope' }, {}, { adGroups: { success: [{ index: 0 }] } }]) {
      const result = await run(adGroup, { code: 207, body }, { adGroupId: 'old' });
      expect(result.errors, JSON.stringify(body)).toEqual([]);
      expect(result.environment, JSON.stringify(body)).not.toHaveProperty('adGroupId');
    }
  });

  it('does nothing on an error status, a body that is not JSON, or while a retry is pending', async () => {
    const before = { adGroupId: 'keep-me' };
    const created = { adGroups: { success: [{ index: 0, adGroupId: 'new' }] } };
    const failed = await run(adGroup, { code: 400, body: { code: 'BAD_REQUEST' } }, before);
    const notJson = await run(adGroup, { code: 200, body: '<html>gateway</html>' }, before);
    const retrying = await run(adGroup, { code: 207, body: created }, before, { retry_pending: 'true' });
    for (const result of [failed, notJson, retrying]) {
      expect(result.errors).toEqual([]);
      expect(result.environment.adGroupId).toBe('keep-me');
    }
  });
});

describe('store-ids parameters in the catalog', () => {
  const refs: Array<{ place: string; params: Params }> = [];
  const visit = (items: Array<RequestSpec | FolderSpec>, path: string[]) => {
    for (const item of items) {
      if (item.kind === 'folder') visit(item.items, [...path, item.name]);
      else
        for (const ref of [...(item.scripts?.test ?? []), ...(item.scripts?.prerequest ?? [])] as ScriptRef[])
          if (typeof ref === 'object' && ref.name === 'store-ids') refs.push({ place: [...path, item.name].join(' / '), params: ref.params as unknown as Params });
    }
  };
  visit(catalog, []);
  const known = new Set([...Object.keys(environmentVariables), ...Object.keys(scriptVariables)]);

  it('are attached wherever the official scripts store ids (at least 60 requests)', () => {
    expect(refs.length).toBeGreaterThanOrEqual(60);
  });

  it.each(refs.map((r) => [r.place, r.params] as const))('%s: names a known variable and a readable path', (_, params) => {
    const list = 'ids' in params ? params.ids : [params];
    expect(list.length).toBeGreaterThan(0);
    for (const { variable, from } of list) {
      expect(known.has(variable), `${variable} is in src/catalog/variables.ts`).toBe(true);
      expect(from).toMatch(/^(\[\d+\]|[A-Za-z_]\w*)(\.[A-Za-z_]\w*|\[\d+\])*$/);
    }
  });
});
