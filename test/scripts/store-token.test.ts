import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource } from './sandbox-harness.js';

afterAll(closeSandbox);

const REFRESH = 'Atzr|stored-DISTINCT-55aa';
const ACCESS = 'Atza|issued-DISTINCT-66bb';

function storeToken(body: unknown, code = 200, grantType = 'authorization_code', locals: Record<string, string | number> = {}) {
  return runScript(scriptSource('store-token'), {
    target: 'test',
    environment: { refresh_token: REFRESH, client_secret: 'secret-DISTINCT-77cc', retry_after_cap_seconds: '0' },
    locals,
    request: { name: 'Access token from auth grant code', id: 'code-exchange-id', url: 'http://127.0.0.1:9/auth/o2/token', method: 'POST', form: { grant_type: grantType, code: 'abc' } },
    response: { code, body },
  });
}

describe('store-token (Auth token requests test)', () => {
  test('stores access_token, a numeric token_expires_at and the refresh_token of a code exchange', async () => {
    const before = Date.now();
    const run = await storeToken({ access_token: ACCESS, refresh_token: 'Atzr|from-code', token_type: 'bearer', expires_in: 3600 });
    expect(run.environment.access_token).toBe(ACCESS);
    expect(run.environment.refresh_token).toBe('Atzr|from-code');
    expect(run.environment.token_expires_at).toBeGreaterThanOrEqual(before + 3600_000);
    expect(run.failures).toEqual([]);
    expect(run.assertions).toHaveLength(1);
  });

  test('keeps the stored refresh_token when the response omits one', async () => {
    const run = await storeToken({ access_token: ACCESS, expires_in: 3600 });
    expect(run.environment.refresh_token).toBe(REFRESH);
  });

  test('fails with the OAuth error id and what to check', async () => {
    const grant = await storeToken({ error: 'invalid_grant', error_description: 'Code expired' }, 400);
    expect(grant.failures).toEqual([expect.stringMatching(/^invalid_grant: the authorization code was rejected/)]);
    const refresh = await storeToken({ error: 'invalid_grant' }, 400, 'refresh_token');
    expect(refresh.failures).toEqual([expect.stringMatching(/^invalid_grant: the refresh token was rejected \(revoked, expired, or issued to another app\)/)]);
    expect(refresh.nextRequest).toBeNull();
    const client = await storeToken({ error: 'invalid_client' }, 401);
    expect(client.failures).toEqual([expect.stringMatching(/^invalid_client: the client id or client secret is wrong/)]);
    const other = await storeToken({ error: 'access_denied' }, 400);
    expect(other.failures).toEqual([expect.stringMatching(/^token_request_failed: .*access_denied/)]);
    for (const run of [grant, client, other]) expect(run.environment.access_token).toBeUndefined();
  });

  test('a non-JSON answer is malformed_response, and nothing secret is printed', async () => {
    const run = await storeToken('<html>login</html>', 200);
    expect(run.failures).toEqual([expect.stringMatching(/^malformed_response: /)]);
    const text = [...run.console, ...run.failures].join('\n');
    expect(text).not.toContain(REFRESH);
    expect(text).not.toContain('secret-DISTINCT-77cc');
  });

  test.each([
    [429, {}, 'throttled', 5, /^throttled: the token endpoint at 127\.0\.0\.1:9 answered HTTP 429 still after 5 retries/],
    [503, '<html>down</html>', 'server_error', 3, /^server_error: the token endpoint at 127\.0\.0\.1:9 answered HTTP 503 still after 3 retries/],
    [500, { error: 'server_error' }, 'server_error', 3, /^server_error: the token endpoint at 127\.0\.0\.1:9 answered HTTP 500 \(OAuth server_error\) still after 3 retries/],
  ])('HTTP %i %j: the same request runs again until the %s budget (%i) is spent, then the real cause', async (code, body, kind, budget, expected) => {
    const first = await storeToken(body, code);
    expect(first.failures).toEqual([]);
    expect(first.nextRequest).toBe('code-exchange-id');
    expect(JSON.parse(String(first.locals.retry_state))).toMatchObject({ request: 'code-exchange-id', [kind]: 1 });
    const spent = { retry_state: JSON.stringify({ request: 'code-exchange-id', throttled: 0, server_error: 0, unauthorized: 0, [kind]: budget }) };
    const last = await storeToken(body, code, 'authorization_code', spent);
    expect(last.failures).toEqual([expect.stringMatching(expected)]);
    expect(last.failures[0]).not.toMatch(/client_id|api_url/);
    expect(last.nextRequest).toBeNull();
  });

  test('an HTML page with 200 is malformed_response naming the token host', async () => {
    const run = await storeToken('<html>sign in</html>', 200);
    expect(run.failures).toEqual([expect.stringMatching(/^malformed_response: the token endpoint at 127\.0\.0\.1:9 answered HTTP 200 with a body that is not JSON/)]);
    expect(run.nextRequest).toBeNull();
  });
});
