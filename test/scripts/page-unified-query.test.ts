import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource } from './sandbox-harness.js';

afterAll(closeSandbox);

const request = { id: 'req-query', name: 'Query campaigns', url: 'http://127.0.0.1:9/adsApi/v1/query/campaigns', method: 'POST', body: '{"maxResults": 100}' };

function before(environment: Record<string, string>, locals: Record<string, string> = {}) {
  return runScript(scriptSource('page-unified-query', undefined, 'prerequest'), { target: 'prerequest', environment, locals, request });
}

function after(environment: Record<string, string | number>, body: unknown, locals: Record<string, string> = {}) {
  return runScript(scriptSource('page-unified-query', undefined, 'test'), { target: 'test', environment, locals, request, response: { code: 200, body } });
}

describe('page-unified-query (Unified API query paging)', () => {
  test('skips the request with account_missing when no account is chosen', async () => {
    const run = await before({ accountId: '' });
    expect(run.skipped).toBe(true);
    expect(run.failures[0]).toMatch(/^account_missing: /);
  });

  test('page one: resets the counts, applies page_size (capped at 1000), sends no nextToken', async () => {
    const run = await before({ accountId: 'a1', page_size: '5000', unified_campaign_count: '9' });
    expect(run.skipped).toBe(false);
    expect(run.environment).toMatchObject({ unified_campaign_count: 0, unified_campaign_counts: '{}' });
    expect(JSON.parse(run.request.body!.raw!)).toEqual({ maxResults: 1000 });
    const next = await before({ accountId: 'a1' }, { unified_next_token: 't2' });
    expect(JSON.parse(next.request.body!.raw!)).toEqual({ maxResults: 100, nextToken: 't2' });
  });

  test('counts per adProduct across pages and asks for the next page while a nextToken comes back', async () => {
    const page1 = await after({ unified_campaign_count: 0, unified_campaign_counts: '{}' }, {
      campaigns: [{ adProduct: 'SPONSORED_PRODUCTS' }, { adProduct: 'SPONSORED_BRANDS' }],
      nextToken: 't2',
    });
    expect(page1.nextRequest).toBe('req-query');
    expect(page1.locals).toMatchObject({ unified_next_token: 't2', unified_pages: '1' });
    const page2 = await after(
      { unified_campaign_count: page1.environment.unified_campaign_count as number, unified_campaign_counts: page1.environment.unified_campaign_counts as string },
      { campaigns: [{ adProduct: 'SPONSORED_PRODUCTS' }] },
      page1.locals as Record<string, string>,
    );
    expect(page2.nextRequest).toBeUndefined();
    expect(page2.environment.unified_campaign_count).toBe(3);
    expect(JSON.parse(String(page2.environment.unified_campaign_counts))).toEqual({ SPONSORED_PRODUCTS: 2, SPONSORED_BRANDS: 1 });
    expect(page2.locals).toMatchObject({ unified_next_token: '' });
  });

  test('a repeated nextToken stops with repeated_next_token; a wrong shape with malformed_response', async () => {
    const repeated = await after({}, { campaigns: [], nextToken: 't2' }, { unified_next_token: 't2', unified_seen_next_tokens: '["t2"]' });
    expect(repeated.failures[0]).toMatch(/^repeated_next_token: /);
    expect(repeated.nextRequest).toBeUndefined();
    expect((await after({}, { items: [] })).failures[0]).toMatch(/^malformed_response: .*campaigns/);
  });
});
