import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource, type CannedRequest, type CannedResponse, type ScriptRun } from './sandbox-harness.js';

afterAll(closeSandbox);

type Product = 'SP' | 'SB' | 'SD';
type Vars = Record<string, string | number>;

const requests: Record<Product, CannedRequest> = {
  SP: { name: 'List SP campaigns', id: 'sp-id', method: 'POST', url: '{{api_url}}/sp/campaigns/list', body: JSON.stringify({ stateFilter: { include: ['ENABLED'] }, maxResults: 10 }) },
  SB: { name: 'List SB campaigns', id: 'sb-id', method: 'POST', url: '{{api_url}}/sb/v4/campaigns/list', body: '{}' },
  SD: { name: 'List SD campaigns', id: 'sd-id', method: 'GET', url: '{{api_url}}/sd/campaigns', query: { stateFilter: 'enabled' } },
};

const campaigns = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ campaignId: String(1000 + from + i), name: `c${from + i}` }));

/** One request of a run: the pre-request script, then the test against `response`; state flows like in Newman. */
async function page(product: Product, state: { environment: Vars; locals: Vars }, response: CannedResponse) {
  const pre = await runScript(before(product), { target: 'prerequest', environment: withProfile(state.environment), locals: state.locals, request: requests[product] });
  const sent = pre.request;
  const requestForTest: CannedRequest = {
    ...requests[product],
    url: sent.url.toString(),
    query: undefined,
    body: sent.body?.mode === 'raw' ? sent.body.raw : undefined,
  };
  const post = await runScript(after(product), { target: 'test', environment: pre.environment as Vars, locals: pre.locals as Vars, request: requestForTest, response });
  return { pre, post, state: { environment: post.environment as Vars, locals: post.locals as Vars } };
}

/** Follows setNextRequest like the runner does until the script stops asking for the same request. */
async function runPages(product: Product, environment: Vars, answer: (n: number, pre: ScriptRun) => CannedResponse, limit = 20) {
  let state = { environment, locals: {} as Vars };
  const pages: Array<{ pre: ScriptRun; post: ScriptRun }> = [];
  for (let n = 0; n < limit; n++) {
    const pre = await runScript(before(product), { target: 'prerequest', environment: withProfile(state.environment), locals: state.locals, request: requests[product] });
    const response = answer(n, pre);
    const sent = pre.request;
    const post = await runScript(after(product), {
      target: 'test',
      environment: pre.environment as Vars,
      locals: pre.locals as Vars,
      request: { ...requests[product], url: sent.url.toString(), query: undefined, body: sent.body?.mode === 'raw' ? sent.body.raw : undefined },
      response,
    });
    pages.push({ pre, post });
    state = { environment: post.environment as Vars, locals: post.locals as Vars };
    if (post.nextRequest !== requests[product].id) break;
  }
  return { pages, state };
}

/** The embedded pre-request and test halves of list-campaigns for one ad product. */
const before = (product: Product) => scriptSource('list-campaigns', { adProduct: product }, 'prerequest');
const after = (product: Product) => scriptSource('list-campaigns', { adProduct: product }, 'test');
const withProfile = (environment: Vars): Vars => ({ profileId: '111', ...environment });
const bodyOf = (run: ScriptRun) => JSON.parse(run.request.body?.raw ?? '{}');

describe('list-campaigns pre-request', () => {
  test('SP page one: maxResults from page_size, no nextToken, other body fields kept, count reset to 0', async () => {
    const run = await runScript(before('SP'), {
      target: 'prerequest',
      environment: withProfile({ page_size: '2', sp_campaign_count: 17 }),
      request: requests.SP,
    });
    expect(bodyOf(run)).toEqual({ stateFilter: { include: ['ENABLED'] }, maxResults: 2 });
    expect(run.environment.sp_campaign_count).toBe(0);
  });

  test('SP without page_size drops maxResults (API default); a continuing run sends nextToken and keeps the count', async () => {
    const run = await runScript(before('SP'), {
      target: 'prerequest',
      environment: withProfile({ page_size: '', sp_campaign_count: 4 }),
      locals: { sp_next_token: 'tok-2' },
      request: requests.SP,
    });
    expect(bodyOf(run)).toEqual({ stateFilter: { include: ['ENABLED'] }, nextToken: 'tok-2' });
    expect(run.environment.sp_campaign_count).toBe(4);
  });

  test('page_size above a list call\'s largest page is capped (SP 1000, SB 100, SD 100)', async () => {
    const sizes = [];
    for (const product of ['SP', 'SB', 'SD'] as const) {
      const run = await runScript(before(product), { target: 'prerequest', environment: withProfile({ page_size: '5000' }), request: requests[product] });
      sizes.push(product === 'SD' ? run.request.url.query.find((q) => q.key === 'count', undefined)?.value : bodyOf(run).maxResults);
    }
    expect(sizes).toEqual([1000, 100, '100']);
  });

  test('SD puts startIndex and count into the query, keeping other parameters', async () => {
    const first = await runScript(before('SD'), { target: 'prerequest', environment: withProfile({ page_size: '3' }), request: requests.SD });
    expect(first.request.url.getQueryString()).toBe('stateFilter=enabled&startIndex=0&count=3');
    expect(first.environment.sd_campaign_count).toBe(0);
    const later = await runScript(before('SD'), {
      target: 'prerequest',
      environment: withProfile({ page_size: '3', sd_campaign_count: 3 }),
      locals: { sd_start_index: '3' },
      request: requests.SD,
    });
    expect(later.request.url.getQueryString()).toBe('stateFilter=enabled&startIndex=3&count=3');
    expect(later.environment.sd_campaign_count).toBe(3);
  });
});

test('without a profileId the request is skipped with scope_missing', async () => {
  for (const product of ['SP', 'SB', 'SD'] as const) {
    const run = await runScript(before(product), {
      target: 'prerequest',
      environment: { profileId: '' },
      request: requests[product],
    });
    expect(run.skipped).toBe(true);
    expect(run.failures).toEqual([expect.stringMatching(/^scope_missing: profileId is empty/)]);
  }
});

describe('list-campaigns test', () => {
  test('an empty SP list passes with a count of 0 and no next page', async () => {
    const { post } = await page('SP', { environment: { campaignId: 'kept' }, locals: {} }, { code: 200, body: { campaigns: [], totalResults: 0 } });
    expect(post.failures).toEqual([]);
    expect(post.assertions.map((a) => a.passed)).toEqual([true]);
    expect(post.environment.sp_campaign_count).toBe(0);
    expect(post.environment.campaignId).toBe('kept');
    expect(post.nextRequest).toBeUndefined();
  });

  test('SP follows nextToken across pages, counts every campaign, stores the first campaignId, then clears the paging state', async () => {
    const tokens = ['t1', 't2', null];
    const { pages, state } = await runPages('SP', { page_size: '2' }, (n) => ({ code: 200, body: { campaigns: campaigns(n * 2, n < 2 ? 2 : 1), nextToken: tokens[n] } }));
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => bodyOf(p.pre).nextToken)).toEqual([undefined, 't1', 't2']);
    expect(pages.map((p) => p.post.nextRequest)).toEqual(['sp-id', 'sp-id', undefined]);
    expect(state.environment.sp_campaign_count).toBe(5);
    expect(state.environment.campaignId).toBe('1000');
    expect(state.locals.sp_next_token).toBe('');
    expect(state.locals.sp_seen_next_tokens).toBe('');
    expect(pages.flatMap((p) => p.post.failures)).toEqual([]);
  });

  test('a second run starts again at page one with a fresh count', async () => {
    const first = await runPages('SB', {}, (n) => ({ code: 200, body: { campaigns: campaigns(n, 3), nextToken: n === 0 ? 'x' : undefined } }));
    expect(first.state.environment.sb_campaign_count).toBe(6);
    const second = await runPages('SB', first.state.environment, () => ({ code: 200, body: { campaigns: campaigns(0, 1) } }));
    expect(bodyOf(second.pages[0].pre).nextToken).toBeUndefined();
    expect(second.state.environment.sb_campaign_count).toBe(1);
  });

  test('a repeated nextToken fails with repeated_next_token and stops paging', async () => {
    const tokens = ['a', 'b', 'a', 'b'];
    const { pages, state } = await runPages('SP', {}, (n) => ({ code: 200, body: { campaigns: campaigns(n, 1), nextToken: tokens[n] } }));
    expect(pages).toHaveLength(3);
    expect(pages[2].post.failures).toEqual([expect.stringMatching(/^repeated_next_token: the SP campaign list answered a nextToken it had already given, after 3 campaigns/)]);
    expect(pages[2].post.nextRequest).toBeUndefined();
    expect(state.locals.sp_next_token).toBe('');
    const same = await runPages('SB', {}, () => ({ code: 200, body: { campaigns: [], nextToken: 'same' } }));
    expect(same.pages).toHaveLength(2);
    expect(same.pages[1].post.failures[0]).toMatch(/^repeated_next_token: /);
  });

  test('SD pages by startIndex until a page shorter than count', async () => {
    const total = 7;
    const { pages, state } = await runPages('SD', { page_size: '3' }, (_n, pre) => {
      const start = Number(pre.request.url.query.find((q) => q.key === 'startIndex', undefined)?.value);
      return { code: 200, body: campaigns(start, Math.max(0, Math.min(3, total - start))) };
    });
    expect(pages.map((p) => p.pre.request.url.getQueryString())).toEqual([
      'stateFilter=enabled&startIndex=0&count=3',
      'stateFilter=enabled&startIndex=3&count=3',
      'stateFilter=enabled&startIndex=6&count=3',
    ]);
    expect(state.environment.sd_campaign_count).toBe(7);
    expect(state.locals.sd_start_index).toBe('');
    expect(state.environment.campaignId).toBeUndefined();
  });

  test('SD without page_size stops at the first empty page', async () => {
    const { pages, state } = await runPages('SD', {}, (n) => ({ code: 200, body: n === 0 ? campaigns(0, 4) : [] }));
    expect(pages).toHaveLength(2);
    expect(state.environment.sd_campaign_count).toBe(4);
  });

  test('non-JSON and wrong shapes fail with malformed_response and clear the paging state', async () => {
    const cases: Array<[Product, unknown]> = [
      ['SP', '<html>not json</html>'],
      ['SP', [{ campaignId: '1' }]],
      ['SB', { items: [] }],
      ['SD', { campaigns: [] }],
    ];
    for (const [product, body] of cases) {
      const key = product === 'SD' ? 'sd_start_index' : `${product.toLowerCase()}_next_token`;
      const { post } = await page(product, { environment: {}, locals: { [key]: product === 'SD' ? '3' : 'tok' } }, { code: 200, body });
      expect(post.failures, `${product} ${JSON.stringify(body)}`).toEqual([expect.stringMatching(new RegExp(`^malformed_response: the ${product} campaign list is not`))]);
      expect(post.locals[key]).toBe('');
      expect(post.nextRequest).toBeUndefined();
    }
  });

  test('max_pages caps a list whose nextToken changes forever: page_limit after exactly max_pages pages', async () => {
    const { pages, state } = await runPages('SB', { max_pages: '3' }, (n) => ({ code: 200, body: { campaigns: campaigns(n, 2), nextToken: `new-${n}` } }), 10);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.post.nextRequest)).toEqual(['sb-id', 'sb-id', undefined]);
    expect(pages[2].post.failures).toEqual([
      'page_limit: the SB campaign list still announced another page after 3 pages (max_pages 3) and 6 campaigns - paging stopped; the count may be incomplete',
    ]);
    expect(state.locals).toMatchObject({ sb_next_token: '', sb_seen_next_tokens: '', sb_page_count: '' });
  });

  test('a list of exactly max_pages pages passes; max_pages empty or unusable means 10000', async () => {
    const exact = await runPages('SP', { max_pages: '2' }, (n) => ({ code: 200, body: { campaigns: campaigns(n, 1), nextToken: n === 0 ? 't' : undefined } }));
    expect(exact.pages.flatMap((p) => p.post.failures)).toEqual([]);
    expect(exact.state.environment.sp_campaign_count).toBe(2);
    for (const max of ['', 'lots', '0', '-4']) {
      const { post } = await page('SP', { environment: { max_pages: max }, locals: { sp_next_token: 't', sp_page_count: '9999' } }, { code: 200, body: { campaigns: [], nextToken: 'u' } });
      expect(post.failures[0], max).toMatch(/^page_limit: .* after 10000 pages \(max_pages 10000\)/);
    }
  });

  test('SD is capped by max_pages too', async () => {
    const { pages } = await runPages('SD', { page_size: '2', max_pages: '4' }, (n) => ({ code: 200, body: campaigns(n * 2, 2) }), 10);
    expect(pages).toHaveLength(4);
    expect(pages[3].post.failures).toEqual([expect.stringMatching(/^page_limit: the SD campaign list still announced another page after 4 pages \(max_pages 4\) and 8 campaigns/)]);
  });

  test('an SD server that ignores startIndex: the repeated page fails with repeated_page on the second page', async () => {
    const { pages, state } = await runPages('SD', { page_size: '2' }, () => ({ code: 200, body: campaigns(0, 2) }), 10);
    expect(pages).toHaveLength(2);
    expect(pages[1].pre.request.url.getQueryString()).toBe('stateFilter=enabled&startIndex=2&count=2');
    expect(pages[1].post.failures).toEqual([expect.stringMatching(/^repeated_page: the SD campaign list answered the same page again for startIndex 2, after 4 campaigns/)]);
    expect(state.locals).toMatchObject({ sd_start_index: '', sd_last_page: '' });
    // without a count (no page_size) the same page without end is caught the same way
    const noCount = await runPages('SD', {}, () => ({ code: 200, body: campaigns(0, 3) }), 10);
    expect(noCount.pages).toHaveLength(2);
    expect(noCount.pages[1].post.failures[0]).toMatch(/^repeated_page: /);
  });

  test('while a retry is pending the same page is kept; after a final failure the state is cleared', async () => {
    const pending = await runScript(after('SP'), {
      target: 'test',
      environment: { sp_campaign_count: 2 },
      locals: { sp_next_token: 'tok', retry_pending: 'true' },
      request: requests.SP,
      response: { code: 429 },
    });
    expect(pending.assertions).toEqual([]);
    expect(pending.locals.sp_next_token).toBe('tok');
    expect(pending.nextRequest).toBeUndefined();
    const failed = await runScript(after('SP'), {
      target: 'test',
      environment: { sp_campaign_count: 2 },
      locals: { sp_next_token: 'tok', retry_pending: '' },
      request: requests.SP,
      response: { code: 403, body: { code: 'UNAUTHORIZED' } },
    });
    expect(failed.assertions).toEqual([]);
    expect(failed.locals.sp_next_token).toBe('');
  });
});
