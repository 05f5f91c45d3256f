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

  test('with adProducts it asks one ad product per query, in turn, and counts across them', async () => {
    const adProducts = ['SPONSORED_PRODUCTS', 'SPONSORED_BRANDS'];
    const beforeOf = (environment: Record<string, string | number>, locals: Record<string, string> = {}) =>
      runScript(scriptSource('page-unified-query', { adProducts }, 'prerequest'), { target: 'prerequest', environment: { accountId: 'a1', ...environment }, locals, request });
    const afterOf = (environment: Record<string, string | number>, body: unknown, locals: Record<string, string> = {}) =>
      runScript(scriptSource('page-unified-query', { adProducts }, 'test'), { target: 'test', environment, locals, request, response: { code: 200, body } });

    const first = await beforeOf({ unified_campaign_count: 5 });
    expect(JSON.parse(first.request.body!.raw!)).toEqual({ maxResults: 100, adProductFilter: { include: ['SPONSORED_PRODUCTS'] } });
    expect(first.environment).toMatchObject({ unified_campaign_count: 0, unified_campaign_counts: '{}' });
    const spDone = await afterOf(first.environment as Record<string, string | number>, { campaigns: [{ adProduct: 'SPONSORED_PRODUCTS' }] });
    expect(spDone.nextRequest).toBe('req-query');
    expect(spDone.locals).toMatchObject({ unified_ad_product: '1', unified_next_token: '' });

    const second = await beforeOf(spDone.environment as Record<string, string | number>, spDone.locals as Record<string, string>);
    expect(JSON.parse(second.request.body!.raw!)).toEqual({ maxResults: 100, adProductFilter: { include: ['SPONSORED_BRANDS'] } });
    expect(second.environment.unified_campaign_count, 'counts kept across products').toBe(1);
    const sbDone = await afterOf(second.environment as Record<string, string | number>, { campaigns: [{ adProduct: 'SPONSORED_BRANDS' }, { adProduct: 'SPONSORED_BRANDS' }] }, second.locals as Record<string, string>);
    expect(sbDone.nextRequest).toBeUndefined();
    expect(sbDone.locals).toMatchObject({ unified_ad_product: '' });
    expect(JSON.parse(String(sbDone.environment.unified_campaign_counts))).toEqual({ SPONSORED_PRODUCTS: 1, SPONSORED_BRANDS: 2 });
  });

  test('a repeated nextToken stops with repeated_next_token; a wrong shape with malformed_response', async () => {
    const repeated = await after({}, { campaigns: [], nextToken: 't2' }, { unified_next_token: 't2', unified_seen_next_tokens: '["t2"]' });
    expect(repeated.failures[0]).toMatch(/^repeated_next_token: /);
    expect(repeated.nextRequest).toBeUndefined();
    expect((await after({}, { items: [] })).failures[0]).toMatch(/^malformed_response: .*campaigns/);
  });
});
