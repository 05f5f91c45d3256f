import { describe, expect, it } from 'vitest';
import { demoCredentials } from '../../src/emulator/index.js';
import { emulator, refreshFields, tokenRequest } from './helpers.js';

const codeFields = {
  grant_type: 'authorization_code',
  code: demoCredentials.code,
  redirect_uri: demoCredentials.redirect_uri,
  client_id: demoCredentials.client_id,
  client_secret: demoCredentials.client_secret,
};

describe('POST /auth/o2/token, refresh_token grant', () => {
  it('answers a bearer access token Atza|..., the same refresh token and expires_in 3600', async () => {
    const e = await emulator();
    const { status, body, headers } = await tokenRequest(e, refreshFields);
    expect(status).toBe(200);
    expect(body).toEqual({
      access_token: expect.stringMatching(/^Atza\|[A-Za-z0-9_-]{20,}$/),
      refresh_token: demoCredentials.refresh_token,
      token_type: 'bearer',
      expires_in: 3600,
    });
    expect(headers.get('cache-control')).toBe('no-store');
    expect(e.stats.grants).toEqual({ refresh_token: 1, authorization_code: 0, failed: 0 });
    expect(e.stats.routes['POST /auth/o2/token']).toBe(1);
  });

  it('issues a different random access token each time, with tokenTtlSeconds as expires_in', async () => {
    const e = await emulator({ tokenTtlSeconds: 120 });
    const first = await tokenRequest(e, refreshFields);
    const second = await tokenRequest(e, refreshFields);
    expect(first.body.access_token).not.toBe(second.body.access_token);
    expect(first.body.expires_in).toBe(120);
    expect(e.stats.grants.refresh_token).toBe(2);
  });

  it('accepts the client credentials by HTTP Basic instead of the body', async () => {
    const e = await emulator();
    const basic = Buffer.from(`${demoCredentials.client_id}:${demoCredentials.client_secret}`).toString('base64');
    const { status } = await tokenRequest(
      e,
      { grant_type: 'refresh_token', refresh_token: demoCredentials.refresh_token },
      { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${basic}` },
    );
    expect(status).toBe(200);
  });

  it('rejects a wrong Basic secret with invalid_client 401 and a WWW-Authenticate challenge', async () => {
    const e = await emulator();
    const basic = Buffer.from(`${demoCredentials.client_id}:wrong`).toString('base64');
    const { status, body, headers } = await tokenRequest(
      e,
      { grant_type: 'refresh_token', refresh_token: demoCredentials.refresh_token },
      { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${basic}` },
    );
    expect(status).toBe(401);
    expect(body.error).toBe('invalid_client');
    expect(headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('rejects an unknown refresh token with invalid_grant 400 and counts the failure', async () => {
    const e = await emulator();
    const { status, body } = await tokenRequest(e, { ...refreshFields, refresh_token: 'Atzr|not-issued' });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });
    expect(e.stats.grants).toEqual({ refresh_token: 0, authorization_code: 0, failed: 1 });
  });

  it('rejects a wrong client secret and an unknown client id with invalid_client 401', async () => {
    const e = await emulator();
    const secret = await tokenRequest(e, { ...refreshFields, client_secret: 'wrong' });
    const id = await tokenRequest(e, { ...refreshFields, client_id: 'amzn1.application-oa2-client.ffffffffffffffffffffffffffffffff' });
    const missing = await tokenRequest(e, { ...refreshFields, client_secret: undefined });
    for (const answer of [secret, id, missing]) {
      expect(answer.status).toBe(401);
      expect(answer.body.error).toBe('invalid_client');
      expect(answer.body.error_description).toEqual(expect.any(String));
    }
    expect(e.stats.grants.failed).toBe(3);
  });

  it('answers invalid_request 400 for a missing grant_type or refresh_token', async () => {
    const e = await emulator();
    const noGrant = await tokenRequest(e, { ...refreshFields, grant_type: undefined });
    const noToken = await tokenRequest(e, { ...refreshFields, refresh_token: undefined });
    expect([noGrant.status, noGrant.body.error]).toEqual([400, 'invalid_request']);
    expect([noToken.status, noToken.body.error]).toEqual([400, 'invalid_request']);
    expect(noToken.body.error_description).toMatch(/refresh_token/);
  });

  it('answers invalid_request 400 when the body is JSON instead of form-urlencoded', async () => {
    const e = await emulator();
    const response = await fetch(`${e.url}/auth/o2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(refreshFields),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('answers unsupported_grant_type 400 for other grant types', async () => {
    const e = await emulator();
    const { status, body } = await tokenRequest(e, { ...refreshFields, grant_type: 'client_credentials' });
    expect([status, body.error]).toEqual([400, 'unsupported_grant_type']);
  });

  it('answers invalid_request when both HTTP Basic and a body secret authenticate the client', async () => {
    const e = await emulator();
    const basic = Buffer.from(`${demoCredentials.client_id}:${demoCredentials.client_secret}`).toString('base64');
    const { status, body } = await tokenRequest(e, refreshFields, {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${basic}`,
    });
    expect([status, body.error]).toEqual([400, 'invalid_request']);
  });

  it('answers invalid_grant under the rejectRefresh fault, even for the demo refresh token', async () => {
    const e = await emulator({ rejectRefresh: true });
    const { status, body } = await tokenRequest(e, refreshFields);
    expect([status, body.error]).toEqual([400, 'invalid_grant']);
    expect(e.stats.grants.failed).toBe(1);
  });
});

describe('POST /auth/o2/token, authorization_code grant', () => {
  it('exchanges the demo code once for an access token and a new refresh token that then works', async () => {
    const e = await emulator();
    const { status, body } = await tokenRequest(e, codeFields);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600, access_token: expect.stringMatching(/^Atza\|/) });
    expect(body.refresh_token).toMatch(/^Atzr\|/);
    const refreshed = await tokenRequest(e, { ...refreshFields, refresh_token: body.refresh_token as string });
    expect(refreshed.status).toBe(200);
    expect(e.stats.grants).toEqual({ refresh_token: 1, authorization_code: 1, failed: 0 });
  });

  it('refuses the same code a second time (single use) with invalid_grant', async () => {
    const e = await emulator();
    expect((await tokenRequest(e, codeFields)).status).toBe(200);
    const again = await tokenRequest(e, codeFields);
    expect([again.status, again.body.error]).toEqual([400, 'invalid_grant']);
    expect(again.body.error_description).toMatch(/already been used/);
  });

  it('accepts the demo code again in a new emulator (valid once per start)', async () => {
    const first = await emulator();
    const second = await emulator();
    expect((await tokenRequest(first, codeFields)).status).toBe(200);
    expect((await tokenRequest(second, codeFields)).status).toBe(200);
  });

  it('refuses a code after five minutes with invalid_grant naming the expiry', async () => {
    let now = Date.now();
    const e = await emulator({ now: () => now });
    now += 5 * 60 * 1000 + 1;
    const { status, body } = await tokenRequest(e, codeFields);
    expect([status, body.error]).toEqual([400, 'invalid_grant']);
    expect(body.error_description).toMatch(/expired/);
  });

  it('accepts a code just before five minutes', async () => {
    let now = Date.now();
    const e = await emulator({ now: () => now });
    now += 5 * 60 * 1000 - 1000;
    expect((await tokenRequest(e, codeFields)).status).toBe(200);
  });

  it('refuses a redirect_uri other than the one the code was issued for', async () => {
    const e = await emulator();
    const { status, body } = await tokenRequest(e, { ...codeFields, redirect_uri: 'https://example.com/elsewhere' });
    expect([status, body.error]).toEqual([400, 'invalid_grant']);
    expect(body.error_description).toMatch(/redirect_uri/);
    // the failed attempt did not consume the code
    expect((await tokenRequest(e, codeFields)).status).toBe(200);
  });

  it('answers invalid_request for a missing code or redirect_uri, invalid_grant for an unknown code', async () => {
    const e = await emulator();
    const noCode = await tokenRequest(e, { ...codeFields, code: undefined });
    const noRedirect = await tokenRequest(e, { ...codeFields, redirect_uri: undefined });
    const unknown = await tokenRequest(e, { ...codeFields, code: 'ANnot-issued' });
    expect([noCode.status, noCode.body.error]).toEqual([400, 'invalid_request']);
    expect([noRedirect.status, noRedirect.body.error]).toEqual([400, 'invalid_request']);
    expect([unknown.status, unknown.body.error]).toEqual([400, 'invalid_grant']);
  });

  it('access tokens expire after tokenTtlSeconds', async () => {
    let now = Date.now();
    const e = await emulator({ now: () => now, tokenTtlSeconds: 60 });
    const { body } = await tokenRequest(e, refreshFields);
    const headers = { 'Amazon-Advertising-API-ClientId': demoCredentials.client_id, Authorization: `Bearer ${body.access_token}` };
    expect((await fetch(`${e.url}/v2/profiles`, { headers })).status).toBe(200);
    now += 60_000;
    const expired = await fetch(`${e.url}/v2/profiles`, { headers });
    expect(expired.status).toBe(401);
    expect(JSON.stringify(await expired.json())).toMatch(/expired/);
  });
});
