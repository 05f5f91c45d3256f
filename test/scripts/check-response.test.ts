import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource, type CannedRequest, type CannedResponse } from './sandbox-harness.js';

afterAll(closeSandbox);

const request: CannedRequest = { name: 'List SP campaigns', id: 'list-sp-id', url: 'http://127.0.0.1:9/sp/campaigns/list', method: 'POST', headers: { 'Amazon-Advertising-API-Scope': '123' } };

function check(response: CannedResponse, locals: Record<string, string | number> = {}, environment: Record<string, string | number> = {}, req = request) {
  return runScript(scriptSource('check-response'), {
    target: 'test',
    environment: { retry_after_cap_seconds: '0.2', access_token: 'Atza|tok', token_expires_at: Date.now() + 3600_000, ...environment },
    locals,
    request: req,
    response,
  });
}

/** Runs check-response over a sequence of responses, carrying local variables as a run does. */
async function sequence(responses: CannedResponse[], environment: Record<string, string | number> = {}) {
  let locals: Record<string, string | number> = {};
  const runs = [];
  for (const response of responses) {
    const run = await check(response, locals, environment);
    locals = run.locals as Record<string, string | number>;
    runs.push(run);
  }
  return runs;
}

describe('check-response (collection test)', () => {
  test('a success passes silently and resets the retry state', async () => {
    const run = await check({ code: 200, body: { campaigns: [] } }, { retry_count: 2, retry_state: JSON.stringify({ request: 'list-sp-id', throttled: 2, server_error: 0, unauthorized: 0 }) });
    expect(run.assertions).toEqual([]);
    expect(run.nextRequest).toBeUndefined();
    expect(run.locals).toMatchObject({ retry_pending: '', retry_count: 0, retry_state: '' });
  });

  test('429 re-runs the same request (by id) after Retry-After, capped by retry_after_cap_seconds', async () => {
    const run = await check({ code: 429, headers: { 'Retry-After': '1' }, body: { code: 'THROTTLED' } }, {}, { retry_after_cap_seconds: '0.3' });
    expect(run.nextRequest).toBe('list-sp-id');
    expect(run.locals).toMatchObject({ retry_pending: 'true', retry_count: 1 });
    expect(run.failures).toEqual([]);
    expect(run.durationMs).toBeGreaterThanOrEqual(280);
    expect(run.durationMs).toBeLessThan(1000);
  });

  test('429 honours a Retry-After below the cap', async () => {
    const run = await check({ code: 429, headers: { 'Retry-After': '0' } }, {}, { retry_after_cap_seconds: '30' });
    expect(run.nextRequest).toBe('list-sp-id');
    expect(run.durationMs).toBeLessThan(1000);
  });

  test('429 without Retry-After backs off 1 s, 2 s, ... capped; an empty cap means 30 s', async () => {
    const capped = await check({ code: 429 }, {}, { retry_after_cap_seconds: '0.25' });
    expect(capped.nextRequest).toBe('list-sp-id');
    expect(capped.durationMs).toBeGreaterThanOrEqual(230);
    expect(capped.durationMs).toBeLessThan(1000);
    const defaultCap = await check({ code: 429, headers: { 'Retry-After': '0.3' } }, {}, { retry_after_cap_seconds: '' });
    expect(defaultCap.durationMs).toBeGreaterThanOrEqual(280);
    expect(defaultCap.durationMs).toBeLessThan(1500);
  });

  test('an HTTP-date Retry-After is honoured too', async () => {
    const run = await check({ code: 503, headers: { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() } }, {}, { retry_after_cap_seconds: '0.2' });
    expect(run.nextRequest).toBe('list-sp-id');
    expect(run.durationMs).toBeGreaterThanOrEqual(180);
    expect(run.durationMs).toBeLessThan(1000);
  });

  test('429 past 5 retries fails with throttled', async () => {
    const runs = await sequence(Array.from({ length: 6 }, () => ({ code: 429, headers: { 'Retry-After': '0' } })));
    expect(runs.slice(0, 5).map((r) => r.nextRequest)).toEqual(Array(5).fill('list-sp-id'));
    expect(runs.slice(0, 5).map((r) => r.locals.retry_count)).toEqual([1, 2, 3, 4, 5]);
    const last = runs[5];
    expect(last.nextRequest).toBeUndefined();
    expect(last.failures).toEqual([expect.stringMatching(/^throttled: HTTP 429 Too Many Requests still after 5 retries - /)]);
    expect(last.locals).toMatchObject({ retry_pending: '', retry_count: 0 });
  });

  test('5xx retries with backoff 3 times, then fails with server_error', async () => {
    const runs = await sequence(
      [500, 502, 503, 504].map((code) => ({ code, body: { code: 'INTERNAL_ERROR', details: 'boom' } })),
      { retry_after_cap_seconds: '0.05' },
    );
    expect(runs.slice(0, 3).map((r) => r.nextRequest)).toEqual(['list-sp-id', 'list-sp-id', 'list-sp-id']);
    expect(runs[3].failures).toEqual([expect.stringMatching(/^server_error: HTTP 504 Gateway Timeout \(INTERNAL_ERROR boom\) still after 3 retries - /)]);
  });

  test('a success in between restores the whole budget', async () => {
    const runs = await sequence([{ code: 503 }, { code: 503 }, { code: 200 }, { code: 503 }], { retry_after_cap_seconds: '0' });
    expect(runs[3].nextRequest).toBe('list-sp-id');
    expect(runs[3].locals.retry_count).toBe(1);
  });

  test('401 clears the access token once so the pre-request refreshes, then fails with unauthorized', async () => {
    const first = await check({ code: 401, body: { code: 'UNAUTHORIZED' } });
    expect(first.nextRequest).toBe('list-sp-id');
    expect(first.environment.access_token).toBe('');
    expect(first.environment.token_expires_at).toBe('');
    expect(first.locals.retry_pending).toBe('true');
    const second = await check({ code: 401 }, first.locals as Record<string, string>);
    expect(second.nextRequest).toBeUndefined();
    expect(second.failures).toEqual([expect.stringMatching(/^unauthorized: HTTP 401 Unauthorized even after refreshing the access token - /)]);
  });

  test('other statuses fail at once with their cause id', async () => {
    const cases: Array<[CannedResponse, RegExp, CannedRequest?]> = [
      [{ code: 403, body: { code: 'UNAUTHORIZED', details: 'Not authorized to access this advertiser' } }, /^profile_not_accessible: HTTP 403 .* profile 123 for this call/],
      // the profiles list is sent without a scope: its 403 is not about a profile
      [{ code: 403, body: { code: 'UNAUTHORIZED' } }, /^access_denied: HTTP 403 Forbidden \(UNAUTHORIZED\) for "Profiles" \(no profile involved\) - /, { name: 'Profiles', id: 'p', url: 'http://127.0.0.1:9/v2/profiles', method: 'GET', headers: {} }],
      [{ code: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } }, /^unsupported_media_type: HTTP 415/],
      [{ code: 400, body: { code: 'INVALID_ARGUMENT', details: 'Amazon-Advertising-API-Scope header is missing' } }, /^scope_missing: HTTP 400/],
      [{ code: 400, body: { code: 'INVALID_ARGUMENT', details: 'bad' } }, /^scope_missing: /, { ...request, headers: { 'Amazon-Advertising-API-Scope': '' } }],
      [{ code: 400, body: { code: 'INVALID_ARGUMENT', details: 'maxResults too big' } }, /^unexpected_status: HTTP 400 Bad Request \(INVALID_ARGUMENT maxResults too big\) for "List SP campaigns"/],
      [{ code: 404, body: 'nope' }, /^unexpected_status: HTTP 404/],
    ];
    for (const [response, pattern, req] of cases) {
      const run = await check(response, {}, {}, req ?? request);
      expect(run.failures, String(response.code)).toEqual([expect.stringMatching(pattern)]);
      expect(run.nextRequest).toBeUndefined();
      expect(run.locals.retry_pending).toBe('');
    }
  });

  test('leaves the Auth token requests to store-token', async () => {
    const run = await check({ code: 401, body: { error: 'invalid_client' } }, {}, {}, { name: 'Access token from refresh token', id: 'tok', url: 'http://127.0.0.1:9/auth/o2/token', method: 'POST', headers: {} });
    expect(run.assertions).toEqual([]);
    expect(run.nextRequest).toBeUndefined();
  });

  test('never prints anything', async () => {
    const run = await check({ code: 401, body: { code: 'UNAUTHORIZED' } });
    expect(run.console).toEqual([]);
  });
});

describe('check-response: no answer, the runner naming a network error (network_error)', () => {
  test('retried as a 5xx (same budget), with a retry-wait line; past the budget the request error is left as it is', async () => {
    let locals: Record<string, string | number> = {};
    const runs = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const run = await runScript(scriptSource('check-response'), {
        target: 'test',
        environment: { retry_after_cap_seconds: '0', network_error: 'ECONNRESET' },
        locals,
        request,
      });
      locals = run.locals as Record<string, string | number>;
      runs.push(run);
    }
    for (const [index, run] of runs.slice(0, 3).entries()) {
      expect(run.nextRequest).toBe('list-sp-id');
      expect(run.locals).toMatchObject({ retry_pending: 'true', retry_count: index + 1 });
      expect(run.console).toEqual([`info: retry-wait: ECONNRESET from List SP campaigns: waiting 0 s (retry ${index + 1}/3)`]);
    }
    expect(runs[3].nextRequest).toBeUndefined();
    expect(runs[3].locals).toMatchObject({ retry_pending: '', retry_count: 0 });
    expect(runs[3].assertions).toEqual([]);
  });

  test('without network_error (the Postman app, a refused connection) no answer is left alone', async () => {
    const run = await runScript(scriptSource('check-response'), { target: 'test', environment: {}, locals: {}, request });
    expect(run.nextRequest).toBeUndefined();
    expect(run.console).toEqual([]);
  });
});
