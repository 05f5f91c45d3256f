import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource, type CannedRequest, type CannedResponse, type SentRequest, type TransportError } from './sandbox-harness.js';

afterAll(closeSandbox);

const SECRET = 'client-secret-DISTINCT-7f3a';
const REFRESH = 'Atzr|refresh-DISTINCT-9c1e';
const OLD_ACCESS = 'Atza|old-access-DISTINCT-41d2';
const NEW_ACCESS = 'Atza|new-access-DISTINCT-83b0';
const TOKEN_URL = 'http://127.0.0.1:9/auth/o2/token';

const credentials = {
  api_url: 'http://127.0.0.1:9',
  token_url: TOKEN_URL,
  auth_grant_url: 'http://127.0.0.1:9/ap/oa',
  client_id: 'amzn1.application-oa2-client.0123abcd',
  client_secret: SECRET,
  refresh_token: REFRESH,
};

const profilesRequest: CannedRequest = { name: 'Profiles', id: 'profiles-id', url: '{{api_url}}/v2/profiles' };

async function prerequest(environment: Record<string, string | number>, answer?: (r: SentRequest) => CannedResponse | TransportError, request = profilesRequest) {
  return runScript(scriptSource('refresh-token'), { target: 'prerequest', environment, request, onSendRequest: answer });
}

function expectNoSecrets(run: { console: string[]; failures: string[]; errors: string[] }) {
  const text = [...run.console, ...run.failures, ...run.errors].join('\n');
  for (const secret of [SECRET, REFRESH, OLD_ACCESS, NEW_ACCESS]) expect(text).not.toContain(secret);
}

describe('refresh-token (collection pre-request)', () => {
  test('an access token (Atza|) pasted as the refresh token fails before any request, naming the mix-up', async () => {
    const run = await prerequest({ ...credentials, refresh_token: OLD_ACCESS }, () => ({ code: 200, body: { access_token: NEW_ACCESS } }));
    expect(run.sentRequests).toHaveLength(0);
    expect(run.failures).toEqual([expect.stringMatching(/^invalid_grant: refresh_token holds an access token \(Atza\|\.\.\.\), not a refresh token \(Atzr\|\.\.\.\)/)]);
    expect(run.skipped).toBe(true);
    expectNoSecrets(run);
  });

  test('client id and secret swapped fail before any request, naming the swap', async () => {
    const swapped = { ...credentials, client_id: 'amzn1.oa2-cs.v1.swapped-secret', client_secret: 'amzn1.application-oa2-client.0123abcd' };
    const run = await prerequest(swapped, () => ({ code: 200, body: { access_token: NEW_ACCESS } }));
    expect(run.sentRequests).toHaveLength(0);
    expect(run.failures).toEqual([expect.stringMatching(/^invalid_client: client_id and client_secret are swapped/)]);
    expect(run.failures.join('\n')).not.toContain('swapped-secret');
  });

  test('refreshes when the token expired and stores access_token and a numeric token_expires_at', async () => {
    const before = Date.now();
    const run = await prerequest({ ...credentials, access_token: OLD_ACCESS, token_expires_at: before - 1000 }, () => ({
      code: 200,
      body: { access_token: NEW_ACCESS, token_type: 'bearer', expires_in: 3600 },
    }));
    expect(run.sentRequests).toHaveLength(1);
    const sent = run.sentRequests[0];
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(TOKEN_URL);
    expect(sent.headers['Content-Type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(sent.form).toEqual({ grant_type: 'refresh_token', refresh_token: REFRESH, client_id: credentials.client_id, client_secret: SECRET });
    expect(run.environment.access_token).toBe(NEW_ACCESS);
    expect(typeof run.environment.token_expires_at).toBe('number');
    const expiresAt = run.environment.token_expires_at as number;
    expect(expiresAt).toBeGreaterThanOrEqual(before + 3600_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3600_000);
    expect(run.failures).toEqual([]);
    expect(run.skipped).toBe(false);
    expect(run.nextRequest).toBeUndefined();
    expectNoSecrets(run);
  });

  test('refreshes when the token expires within 60 s, and when it is missing', async () => {
    const soon = await prerequest({ ...credentials, access_token: OLD_ACCESS, token_expires_at: Date.now() + 59_000 }, () => ({
      code: 200,
      body: { access_token: NEW_ACCESS, expires_in: 3600 },
    }));
    expect(soon.sentRequests).toHaveLength(1);
    expect(soon.environment.access_token).toBe(NEW_ACCESS);
    const missing = await prerequest({ ...credentials, token_expires_at: Date.now() + 3600_000 }, () => ({
      code: 200,
      body: { access_token: NEW_ACCESS, expires_in: 60 },
    }));
    expect(missing.sentRequests).toHaveLength(1);
    expect(missing.environment.access_token).toBe(NEW_ACCESS);
  });

  test('does not refresh a fresh token (expiry as number or as string)', async () => {
    for (const expiresAt of [Date.now() + 10 * 60_000, String(Date.now() + 10 * 60_000)]) {
      const run = await prerequest({ ...credentials, access_token: OLD_ACCESS, token_expires_at: expiresAt });
      expect(run.sentRequests).toHaveLength(0);
      expect(run.environment.access_token).toBe(OLD_ACCESS);
      expect(run.failures).toEqual([]);
    }
  });

  test('an absurd expires_in (1e308, negative, text) keeps a finite expiry: the next request does not ask for a new token', async () => {
    const day = 24 * 3600_000;
    for (const [expiresIn, lifetime] of [[1e308, day], ['1e308', day], [1e9, day], [-5, 3600_000], ['soon', 3600_000], [0, 3600_000]] as const) {
      const before = Date.now();
      const first = await prerequest({ ...credentials }, () => ({ code: 200, body: { access_token: NEW_ACCESS, expires_in: expiresIn } }));
      const expiresAt = first.environment.token_expires_at as number;
      expect(Number.isFinite(expiresAt), `expires_in ${expiresIn}`).toBe(true);
      expect(expiresAt).toBeGreaterThanOrEqual(before + lifetime);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + lifetime);
      const next = await prerequest({ ...credentials, access_token: NEW_ACCESS, token_expires_at: expiresAt }, () => ({ code: 200, body: { access_token: 'Atza|another' } }));
      expect(next.sentRequests, `expires_in ${expiresIn}: no new token for the next request`).toHaveLength(0);
    }
  });

  test('keeps the stored refresh_token when the response omits one, stores a rotated one', async () => {
    const kept = await prerequest({ ...credentials }, () => ({ code: 200, body: { access_token: NEW_ACCESS, expires_in: 3600 } }));
    expect(kept.environment.refresh_token).toBe(REFRESH);
    const rotated = await prerequest({ ...credentials }, () => ({
      code: 200,
      body: { access_token: NEW_ACCESS, refresh_token: 'Atzr|rotated', expires_in: 3600 },
    }));
    expect(rotated.environment.refresh_token).toBe('Atzr|rotated');
  });

  test('skips the Auth folder requests, by name and by URL', async () => {
    for (const request of [
      { name: 'Access token from refresh token', url: '{{token_url}}' },
      { name: 'Auth grant login', url: '{{auth_grant_url}}?client_id={{client_id}}' },
      { name: 'Access token from auth grant code', url: '{{token_url}}' },
      { name: 'My renamed token call', url: '{{token_url}}' },
    ]) {
      const run = await prerequest({ ...credentials }, undefined, request);
      expect(run.sentRequests, request.name).toHaveLength(0);
      expect(run.failures).toEqual([]);
    }
  });

  test('invalid_grant: names the error and what to check, skips the request and stops the run', async () => {
    const run = await prerequest({ ...credentials, access_token: OLD_ACCESS, token_expires_at: 0 }, () => ({
      code: 400,
      body: { error: 'invalid_grant', error_description: `The request has an invalid grant parameter : ${REFRESH}` },
    }));
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toMatch(/^invalid_grant: the refresh token was rejected \(revoked, expired, or issued to another app\) - /);
    expect(run.skipped).toBe(true);
    expect(run.nextRequest).toBeNull();
    expect(run.environment.access_token).toBe(OLD_ACCESS);
    expectNoSecrets(run);
  });

  test('invalid_client: wrong client id or secret', async () => {
    const run = await prerequest({ ...credentials }, () => ({ code: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } }));
    expect(run.failures).toEqual([expect.stringMatching(/^invalid_client: the client id or client secret is wrong - check client_id and client_secret/)]);
    expect(run.skipped).toBe(true);
    expectNoSecrets(run);
  });

  test('other OAuth errors are token_request_failed, non-JSON answers malformed_response, naming the host', async () => {
    const odd = await prerequest({ ...credentials }, () => ({ code: 400, body: { error: 'unauthorized_client', error_description: `bad ${SECRET}` } }));
    expect(odd.failures[0]).toMatch(/^token_request_failed: the token endpoint at 127\.0\.0\.1:9 answered OAuth error unauthorized_client/);
    const html = await prerequest({ ...credentials }, () => ({ code: 404, body: '<html>not here</html>' }));
    expect(html.failures[0]).toMatch(/^malformed_response: the token endpoint at 127\.0\.0\.1:9 answered HTTP 404 with a body that is not JSON - check that token_url/);
    const noToken = await prerequest({ ...credentials }, () => ({ code: 200, body: { token_type: 'bearer' } }));
    expect(noToken.failures[0]).toMatch(/^token_request_failed: .*without an access_token/);
    for (const run of [odd, html, noToken]) {
      expect(run.skipped).toBe(true);
      expectNoSecrets(run);
    }
  });

  describe('token endpoint faults are retried like Ads calls, then named for the token host', () => {
    const noWaits = { ...credentials, retry_after_cap_seconds: '0' };
    /** Answers the i-th pm.sendRequest with answers[i] (the last one for every later call). */
    const inTurn = (answers: CannedResponse[]) => {
      let calls = 0;
      return () => answers[Math.min(calls++, answers.length - 1)];
    };

    test('a 429 then a 503 are retried and the third answer is taken', async () => {
      const run = await prerequest(noWaits, inTurn([
        { code: 429, body: {}, headers: { 'Retry-After': '0' } },
        { code: 503, body: '<html>unavailable</html>' },
        { code: 200, body: { access_token: NEW_ACCESS, expires_in: 3600 } },
      ]));
      expect(run.sentRequests).toHaveLength(3);
      expect(run.failures).toEqual([]);
      expect(run.environment.access_token).toBe(NEW_ACCESS);
    });

    test.each([
      [429, {}, 6, /^throttled: the token endpoint at 127\.0\.0\.1:9 answered HTTP 429 still after 5 retries - Login with Amazon is limiting token requests/],
      [503, '<html>down</html>', 4, /^server_error: the token endpoint at 127\.0\.0\.1:9 answered HTTP 503 still after 3 retries - Login with Amazon is failing on its side/],
      [500, { error: 'server_error' }, 4, /^server_error: the token endpoint at 127\.0\.0\.1:9 answered HTTP 500 \(OAuth server_error\) still after 3 retries/],
      [400, { error: 'temporarily_unavailable' }, 4, /^server_error: the token endpoint at 127\.0\.0\.1:9 answered HTTP 400 \(OAuth temporarily_unavailable\) still after 3 retries/],
    ])('HTTP %i %j: %i requests, then the real cause (never "check client_id")', async (code, body, sent, expected) => {
      const run = await prerequest(noWaits, () => ({ code, body }));
      expect(run.sentRequests).toHaveLength(sent);
      expect(run.failures).toEqual([expect.stringMatching(expected)]);
      expect(run.failures[0]).not.toMatch(/client_id|api_url/);
      expect(run.skipped).toBe(true);
      expectNoSecrets(run);
    });

    test('an HTML page with 200 is malformed_response naming the token host, not retried', async () => {
      const run = await prerequest(noWaits, () => ({ code: 200, body: '<html>sign in</html>' }));
      expect(run.sentRequests).toHaveLength(1);
      expect(run.failures).toEqual([expect.stringMatching(/^malformed_response: the token endpoint at 127\.0\.0\.1:9 answered HTTP 200 with a body that is not JSON/)]);
    });
  });

  test('a transport error is token_request_failed naming the token host, not the secrets', async () => {
    const run = await prerequest({ ...credentials }, () => ({ transportError: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED' }));
    expect(run.failures).toEqual([
      'token_request_failed: could not reach the token endpoint at 127.0.0.1:9 (ECONNREFUSED) - check token_url and your network connection',
    ]);
    expect(run.nextRequest).toBeNull();
    expectNoSecrets(run);
  });

  test('missing credentials fail before any request, naming the variables (not their values)', async () => {
    const run = await prerequest({ ...credentials, client_secret: '', refresh_token: '' });
    expect(run.sentRequests).toHaveLength(0);
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toMatch(/^invalid_request: client_secret, refresh_token are empty/);
    expect(run.skipped).toBe(true);
    expectNoSecrets(run);
  });

  test('never writes to the console', async () => {
    const runs = await Promise.all([
      prerequest({ ...credentials }, () => ({ code: 200, body: { access_token: NEW_ACCESS, expires_in: 3600 } })),
    ]);
    for (const run of runs) expect(run.console).toEqual([]);
  });
});
