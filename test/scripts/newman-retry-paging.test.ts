/**
 * Runs the real scripts through Newman 6.2.2 (postman-runtime and its own postman-sandbox) against a
 * tiny local server, to prove that pm.execution.setNextRequest(<same request>) re-runs a request for
 * retries and for paging - also when Newman's `folder` option selects single requests - and how a
 * script failure surfaces in Newman's summary.
 */
import { splitFailureText } from '../../src/core/causes/failure-text.js';
import { failureOf } from '../../src/core/causes/failure.js';
import { afterEach, describe, expect, test } from 'vitest';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import newman, { type NewmanRunSummary } from 'newman';
import { scriptSource } from './sandbox-harness.js';
import type { ScriptName } from '../../src/scripts/index.js';

const CLIENT_SECRET = 'client-secret-NEWMAN-1a2b';
const REFRESH_TOKEN = 'Atzr|refresh-NEWMAN-3c4d';
const ACCESS_PREFIX = 'Atza|access-NEWMAN-';

interface ServerOptions {
  /** Answers for the first calls to a route before the normal answer, e.g. { 'GET /v2/profiles': [429, 429] }. */
  faults?: Record<string, number[]>;
  retryAfter?: string;
  spCampaigns?: number;
  sbCampaigns?: number;
  sdCampaigns?: number;
  /** nextToken answers replace the real ones (repeat test). */
  spTokens?: Array<string | null>;
  /** Reject the first Ads call made with each of these tokens with 401 (the token "expired early"). */
  revokeFirstToken?: boolean;
  /** The profiles answer: a list, or raw JSON text (e.g. ids above 2^53). */
  profiles?: Array<Record<string, unknown>> | string;
  /** SP list answers a new nextToken on every page, forever. */
  endlessSpTokens?: boolean;
  /** SD list ignores startIndex: always the first page. */
  sdIgnoresStartIndex?: boolean;
  tokenError?: { status: number; error: string };
}

interface TestServer {
  url: string;
  routes: Record<string, number>;
  /** Amazon-Advertising-API-Scope of every Ads call that carried one. */
  scopes: string[];
  grants: number;
  close(): Promise<void>;
}

const defaultProfiles = [
  { profileId: 111, countryCode: 'US', accountInfo: { name: 'US account', type: 'seller' } },
  { profileId: 222, countryCode: 'CA', accountInfo: { name: 'CA account', type: 'seller' } },
];

function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const routes: Record<string, number> = {};
  const scopes: string[] = [];
  const faults = Object.fromEntries(Object.entries(options.faults ?? {}).map(([k, v]) => [k, [...v]]));
  const state = { grants: 0, revoked: new Set<string>() };
  const all = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ campaignId: `${prefix}${i + 1}`, name: `${prefix} ${i + 1}` }));
  const sp = all(options.spCampaigns ?? 5, 'sp');
  const sb = all(options.sbCampaigns ?? 3, 'sb');
  const sd = all(options.sdCampaigns ?? 4, 'sd');

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  }

  function page(list: Array<Record<string, unknown>>, body: Record<string, unknown>, tokens?: Array<string | null>, calls?: number) {
    const start = typeof body.nextToken === 'string' ? Number(body.nextToken.replace('page-', '')) : 0;
    const size = typeof body.maxResults === 'number' ? body.maxResults : 100;
    const slice = list.slice(start, start + size);
    const next = start + size < list.length ? `page-${start + size}` : undefined;
    const nextToken = tokens ? tokens[(calls ?? 1) - 1] : next;
    return { campaigns: slice, totalResults: list.length, ...(nextToken ? { nextToken } : {}) };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const route = `${req.method} ${url.pathname}`;
      routes[route] = (routes[route] ?? 0) + 1;
      if (route === 'POST /auth/o2/token') {
        const form = new URLSearchParams(raw);
        if (options.tokenError) return send(res, options.tokenError.status, { error: options.tokenError.error, error_description: 'nope' });
        if (form.get('client_secret') !== CLIENT_SECRET || form.get('refresh_token') !== REFRESH_TOKEN) return send(res, 401, { error: 'invalid_client' });
        state.grants += 1;
        return send(res, 200, { access_token: `${ACCESS_PREFIX}${state.grants}`, token_type: 'bearer', expires_in: 3600 });
      }
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith(`Bearer ${ACCESS_PREFIX}`)) return send(res, 401, { code: 'UNAUTHORIZED', details: 'bad token' });
      if (options.revokeFirstToken && auth.endsWith('-1')) return send(res, 401, { code: 'UNAUTHORIZED', details: 'token expired' });
      const scope = req.headers['amazon-advertising-api-scope'];
      if (typeof scope === 'string' && scope) scopes.push(scope);
      const fault = faults[route]?.shift();
      if (fault) return send(res, fault, { code: 'FAULT', details: String(fault) }, fault === 429 && options.retryAfter !== undefined ? { 'Retry-After': options.retryAfter } : {});
      const body = raw ? JSON.parse(raw) : {};
      if (route === 'GET /v2/profiles') return send(res, 200, options.profiles ?? defaultProfiles);
      if (route === 'POST /sp/campaigns/list' && options.endlessSpTokens) return send(res, 200, { campaigns: [{ campaignId: `e${routes[route]}` }], nextToken: `next-${routes[route]}` });
      if (route === 'POST /sp/campaigns/list') return send(res, 200, page(sp, body, options.spTokens, routes[route]));
      if (route === 'POST /sb/v4/campaigns/list') return send(res, 200, page(sb, body));
      if (route === 'GET /sd/campaigns') {
        const start = options.sdIgnoresStartIndex ? 0 : Number(url.searchParams.get('startIndex') ?? 0);
        const count = Number(url.searchParams.get('count') ?? 100);
        return send(res, 200, sd.slice(start, start + count));
      }
      return send(res, 404, { code: 'NOT_FOUND' });
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        routes,
        scopes,
        get grants() {
          return state.grants;
        },
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

type ScriptUse = ScriptName | { name: ScriptName; params: Record<string, unknown> };

function event(listen: 'prerequest' | 'test', scripts: ScriptUse[]) {
  const exec = scripts.map((s) => (typeof s === 'string' ? scriptSource(s, undefined, listen) : scriptSource(s.name, s.params, listen))).join('\n');
  return { listen, script: { type: 'text/javascript', exec: exec.split('\n') } };
}

const adsHeaders = [
  { key: 'Amazon-Advertising-API-ClientId', value: '{{client_id}}' },
  { key: 'Authorization', value: 'Bearer {{access_token}}' },
];
const scoped = [...adsHeaders, { key: 'Amazon-Advertising-API-Scope', value: '{{profileId}}' }];

function listRequest(product: 'SP' | 'SB' | 'SD') {
  const script = { name: 'list-campaigns' as const, params: { adProduct: product } };
  const request =
    product === 'SD'
      ? { method: 'GET', url: '{{api_url}}/sd/campaigns?stateFilter=enabled,paused', header: scoped }
      : {
          method: 'POST',
          url: product === 'SP' ? '{{api_url}}/sp/campaigns/list' : '{{api_url}}/sb/v4/campaigns/list',
          header: [...scoped, { key: 'Content-Type', value: 'application/json' }],
          body: { mode: 'raw', raw: '{}', options: { raw: { language: 'json' } } },
        };
  return { name: `List ${product} campaigns`, request, event: [event('prerequest', [script]), event('test', [script])] };
}

/** A small collection laid out like the generated one, with the real scripts embedded. */
function collection() {
  return {
    info: { name: 'scripts newman check', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    event: [event('prerequest', ['refresh-token']), event('test', ['check-response'])],
    item: [
      {
        name: 'Auth',
        item: [
          {
            name: 'Access token from refresh token',
            request: {
              method: 'POST',
              url: '{{token_url}}',
              body: {
                mode: 'urlencoded',
                urlencoded: [
                  { key: 'grant_type', value: 'refresh_token' },
                  { key: 'refresh_token', value: '{{refresh_token}}' },
                  { key: 'client_id', value: '{{client_id}}' },
                  { key: 'client_secret', value: '{{client_secret}}' },
                ],
              },
            },
            event: [event('test', ['store-token'])],
          },
        ],
      },
      {
        name: 'Accounts',
        item: [{ name: 'Profiles', request: { method: 'GET', url: '{{api_url}}/v2/profiles', header: adsHeaders }, event: [event('test', ['select-profile'])] }],
      },
      { name: 'First call', item: [listRequest('SB'), listRequest('SD'), listRequest('SP')] },
    ],
  };
}

function environment(server: TestServer, extra: Record<string, string> = {}) {
  const values: Record<string, string> = {
    api_url: server.url,
    token_url: `${server.url}/auth/o2/token`,
    auth_grant_url: `${server.url}/ap/oa`,
    client_id: 'amzn1.application-oa2-client.test',
    client_secret: CLIENT_SECRET,
    refresh_token: REFRESH_TOKEN,
    access_token: '',
    token_expires_at: '',
    profileId: '',
    profile_country: '',
    page_size: '2',
    retry_after_cap_seconds: '0.05',
    ...extra,
  };
  return { name: 'test', values: Object.entries(values).map(([key, value]) => ({ key, value, type: 'default', enabled: true })) };
}

function run(options: { environment: ReturnType<typeof environment>; folder?: string | string[]; bail?: boolean }): Promise<NewmanRunSummary> {
  return new Promise((resolve, reject) => {
    newman.run({ collection: collection() as any, environment: options.environment as any, folder: options.folder as any, bail: options.bail, reporters: [] }, (err, summary) =>
      err ? reject(err) : resolve(summary),
    );
  });
}

function env(summary: NewmanRunSummary): Record<string, unknown> {
  return Object.fromEntries((summary.environment as any).values.map((v: any) => [v.key, v.value]));
}

/**
 * Item executions, in order. Newman pushes one `executions` entry per request event, and a
 * pm.sendRequest call of a script (the token refresh) shares its item's entry object, so the same
 * object can appear twice: count distinct objects.
 */
const executed = (summary: NewmanRunSummary) => [...new Set(summary.run.executions)].map((e: any) => e.item.name);
const tokenCalls = (summary: NewmanRunSummary) => summary.run.executions.filter((e: any) => String(e.request?.url).endsWith('/auth/o2/token')).length;
/** The failed assertions' messages as a person reads them (the data line split off). */
const failureMessages = (summary: NewmanRunSummary) => summary.run.failures.map((f: any) => splitFailureText(f.error.message as string).text);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the scripts in a real Newman run', () => {
  test('one token grant, profile chosen, every page of SP/SB/SD counted, no failures', async () => {
    server = await startServer();
    const summary = await run({ environment: environment(server, { profile_country: 'ca' }) });
    expect(failureMessages(summary)).toEqual([]);
    expect(server.grants).toBe(1);
    const values = env(summary);
    expect(values).toMatchObject({ profileId: '222', profile_country_code: 'CA', profile_account_name: 'CA account', profile_choice: 'country' });
    expect(values).toMatchObject({ sp_campaign_count: 5, sb_campaign_count: 3, sd_campaign_count: 4, campaignId: 'sp1' });
    expect(typeof values.token_expires_at).toBe('number');
    expect(server.routes).toMatchObject({ 'POST /sp/campaigns/list': 3, 'POST /sb/v4/campaigns/list': 2, 'GET /sd/campaigns': 3 });
  });

  test('setNextRequest re-runs the same request for 429 and 5xx retries and for paging, also with `folder` selecting single requests', async () => {
    server = await startServer({ faults: { 'GET /v2/profiles': [429, 503], 'POST /sp/campaigns/list': [0, 429, 502].filter(Boolean) }, retryAfter: '5' });
    const started = Date.now();
    const summary = await run({ environment: environment(server), folder: ['Access token from refresh token', 'Profiles', 'List SP campaigns'] });
    expect(failureMessages(summary)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000); // Retry-After 5 s capped at 0.05 s
    expect(executed(summary)).toEqual([
      'Access token from refresh token',
      'Profiles',
      'Profiles',
      'Profiles',
      'List SP campaigns',
      'List SP campaigns',
      'List SP campaigns',
      'List SP campaigns',
      'List SP campaigns',
    ]);
    expect(server.grants).toBe(1);
    expect(env(summary)).toMatchObject({ profileId: '111', sp_campaign_count: 5 });
    expect(server.routes['POST /sb/v4/campaigns/list']).toBeUndefined();
  });

  test('a folder selection of one folder pages too; a second run starts at page one', async () => {
    server = await startServer();
    const first = await run({ environment: environment(server, { profileId: '111' }), folder: 'First call' });
    expect(failureMessages(first)).toEqual([]);
    expect(executed(first)).toEqual(['List SB campaigns', 'List SB campaigns', 'List SD campaigns', 'List SD campaigns', 'List SD campaigns', 'List SP campaigns', 'List SP campaigns', 'List SP campaigns']);
    const again = await run({ environment: { name: 'test', values: (first.environment as any).values.map((v: any) => v.toJSON?.() ?? v) } as any, folder: 'First call' });
    expect(failureMessages(again)).toEqual([]);
    expect(env(again)).toMatchObject({ sp_campaign_count: 5, sb_campaign_count: 3, sd_campaign_count: 4 });
    expect(server.grants).toBe(1); // the second run reused the still-valid token
  });

  test('a 401 mid-run refreshes the token once and retries the request', async () => {
    server = await startServer({ revokeFirstToken: true });
    const summary = await run({ environment: environment(server), folder: ['Profiles'] });
    expect(failureMessages(summary)).toEqual([]);
    expect(server.grants).toBe(2);
    expect(executed(summary)).toEqual(['Profiles', 'Profiles']);
    expect(env(summary).access_token).toBe(`${ACCESS_PREFIX}2`);
  });

  test('retry budgets end in cause-coded failures in summary.run.failures', async () => {
    server = await startServer({ faults: { 'GET /v2/profiles': [429, 429, 429, 429, 429, 429], 'POST /sp/campaigns/list': [500, 500, 500, 500] } });
    const summary = await run({ environment: environment(server, { profileId: '111' }), folder: ['Profiles', 'List SP campaigns'] });
    expect(server.routes).toMatchObject({ 'GET /v2/profiles': 6, 'POST /sp/campaigns/list': 4 });
    const failures = summary.run.failures as any[];
    expect(failures.map((f) => f.error.message)).toEqual([
      expect.stringMatching(/^throttled: HTTP 429 Too Many Requests \(FAULT 429\) still after 5 retries - /),
      expect.stringMatching(/^server_error: HTTP 500 Internal Server Error \(FAULT 500\) still after 3 retries - /),
    ]);
    // the cause travels as data through Newman, read back in the one place Node reads it
    expect(failures.map((f) => failureOf({ message: f.error.message, kind: 'assertion' }).cause)).toEqual(['throttled', 'server_error']);
    expect(failures.map((f) => [f.error.name, f.error.test, f.source.name])).toEqual([
      ['AssertionError', 'response status is successful', 'Profiles'],
      ['AssertionError', 'response status is successful', 'List SP campaigns'],
    ]);
  });

  test('with bail, retries and paging still work, and the first failure stops the run', async () => {
    server = await startServer({ faults: { 'GET /v2/profiles': [429, 503], 'GET /sd/campaigns': [403] } });
    // a multi-folder selection runs in collection order: SB, SD, SP
    const summary = await run({ environment: environment(server), folder: ['Profiles', 'List SP campaigns', 'List SB campaigns', 'List SD campaigns'], bail: true });
    expect(executed(summary)).toEqual(['Profiles', 'Profiles', 'Profiles', 'List SB campaigns', 'List SB campaigns', 'List SD campaigns']);
    // bail (stopOnFailure) adds a second entry for the same failure: the test script's error, whose
    // message is the failed test's name. The cause is in the assertion entry.
    expect((summary.run.failures as any[]).map((f) => [f.at, f.error.message])).toEqual([
      [expect.stringMatching(/^assertion:\d+ in test-script$/), expect.stringMatching(/^profile_not_accessible: HTTP 403 /)],
      [expect.stringMatching(/^test-script/), 'response status is successful'],
    ]);
    expect(env(summary)).toMatchObject({ sb_campaign_count: 3 });
    expect(server.routes['POST /sp/campaigns/list']).toBeUndefined();
  });

  test('nothing listening: Newman reports its own request error and the scripts add no noise', async () => {
    server = await startServer();
    const closed = await startServer();
    await closed.close();
    // api_url refuses connections; the token endpoint works
    const apiDown = await run({ environment: environment(server, { api_url: closed.url, profileId: '111' }), folder: ['Profiles', 'List SP campaigns'] });
    expect((apiDown.run.failures as any[]).map((f) => [f.at, f.error.code ?? f.error.message])).toEqual([
      ['request', 'ECONNREFUSED'],
      ['request', 'ECONNREFUSED'],
    ]);
    // token_url refuses connections: Newman reports pm.sendRequest's error as a `request` failure of
    // the item, then the pre-request names the token host and ends the run
    const tokenDown = await run({ environment: environment(server, { token_url: `${closed.url}/auth/o2/token`, profileId: '111' }), folder: ['Profiles', 'List SP campaigns'] });
    const host = closed.url.replace('http://', '');
    expect((tokenDown.run.failures as any[]).map((f) => [f.at, splitFailureText(f.error.message).text, f.source?.name])).toEqual([
      ['request', `connect ECONNREFUSED ${host}`, undefined], // no item attached to a sendRequest error
      [expect.stringMatching(/^assertion:/), `token_request_failed: could not reach the token endpoint at ${host} (ECONNREFUSED) - check token_url and your network connection`, 'Profiles'],
    ]);
    expect(server.routes['GET /v2/profiles']).toBeUndefined();
    // the script names the network cause and the token host as data: Node reads no words for it
    expect(failureOf({ message: (tokenDown.run.failures as any[])[1].error.message, kind: 'assertion' })).toMatchObject({ cause: 'host_unreachable', host });
  });

  test('a repeated nextToken stops paging with repeated_next_token', async () => {
    server = await startServer({ spTokens: ['a', 'b', 'a', 'b', 'a'] });
    const summary = await run({ environment: environment(server, { profileId: '111' }), folder: ['List SP campaigns'] });
    expect(failureMessages(summary)).toEqual([expect.stringMatching(/^repeated_next_token: /)]);
    expect(server.routes['POST /sp/campaigns/list']).toBe(3);
  });

  test('max_pages bounds a server whose nextToken never ends: page_limit after exactly max_pages calls', async () => {
    server = await startServer({ endlessSpTokens: true });
    const summary = await run({ environment: environment(server, { profileId: '111', max_pages: '5' }), folder: ['List SP campaigns', 'List SB campaigns'] });
    expect(server.routes['POST /sp/campaigns/list']).toBe(5);
    expect(failureMessages(summary)).toEqual([expect.stringMatching(/^page_limit: the SP campaign list still announced another page after 5 pages \(max_pages 5\) and 5 campaigns - /)]);
    expect(server.routes['POST /sb/v4/campaigns/list']).toBe(2); // the next list still runs
  });

  test('an SD server that ignores startIndex: repeated_page on the second call', async () => {
    server = await startServer({ sdIgnoresStartIndex: true, sdCampaigns: 10 });
    const summary = await run({ environment: environment(server, { profileId: '111' }), folder: ['List SD campaigns'] });
    expect(server.routes['GET /sd/campaigns']).toBe(2);
    expect(failureMessages(summary)).toEqual([expect.stringMatching(/^repeated_page: the SD campaign list answered the same page again for startIndex 2, after 4 campaigns/)]);
  });

  test('strict profile choice over 10 000 profiles: a missing id fails Profiles and stops the run; a listed id above 2^53 is sent digit for digit', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `{"profileId":9007199254${700000 + i},"countryCode":"US"}`);
    const text = `[${[...many, '{"profileId":9007199254740993,"countryCode":"JP"}'].join(',')}]`;
    server = await startServer({ profiles: text });
    const missing = await run({ environment: environment(server, { profileId: '999', strict_profile_choice: 'true' }), folder: ['Profiles', 'List SP campaigns'] });
    expect(failureMessages(missing)).toEqual([expect.stringMatching(/^profile_not_accessible: profile 999 is not among the profiles of this login in this region; they are 9007199254700000 \(US\), .*, and 9981 more$/)]);
    expect(server.routes['POST /sp/campaigns/list']).toBeUndefined();
    const listed = await run({ environment: environment(server, { profileId: '9007199254740993', strict_profile_choice: 'true' }), folder: ['Profiles', 'List SP campaigns'] });
    expect(failureMessages(listed)).toEqual([]);
    expect(env(listed)).toMatchObject({ profileId: '9007199254740993', profile_country_code: 'JP', profile_choice: 'profileId' });
    expect(server.scopes.slice(-1)).toEqual(['9007199254740993']);
  });

  test('zero profiles: no_profiles; a refused refresh: invalid_grant once, the request skipped and the run stopped', async () => {
    server = await startServer({ profiles: [] });
    const empty = await run({ environment: environment(server), folder: ['Profiles', 'List SP campaigns'] });
    expect(failureMessages(empty)).toEqual([expect.stringMatching(/^no_profiles: /), expect.stringMatching(/^scope_missing: profileId is empty/)]);
    expect(server.routes['POST /sp/campaigns/list']).toBeUndefined();
    await server.close();

    server = await startServer({ tokenError: { status: 400, error: 'invalid_grant' } });
    const refused = await run({ environment: environment(server, { profileId: '111' }), folder: ['Profiles', 'List SP campaigns'] });
    const failures = refused.run.failures as any[];
    expect(failures.map((f) => f.error.message)).toEqual([expect.stringMatching(/^invalid_grant: the refresh token was rejected/)]);
    expect(failures[0].at).toMatch(/^assertion:\d+ in test-script$/);
    expect(server.routes).toEqual({ 'POST /auth/o2/token': 1 });
    // the only execution is the pre-request's token call: Profiles itself was skipped and the run stopped
    expect(tokenCalls(refused)).toBe(1);
    expect(executed(refused)).toEqual(['Profiles']);
    expect(refused.run.stats.requests.total).toBe(1);
    const text = JSON.stringify(failures.map((f) => f.error));
    expect(text).not.toContain(CLIENT_SECRET);
    expect(text).not.toContain(REFRESH_TOKEN);
  });
});
