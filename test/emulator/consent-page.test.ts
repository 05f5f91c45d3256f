import { describe, expect, it } from 'vitest';
import { advertisingScope, demoCredentials } from '../../src/emulator/index.js';
import { emulator, tokenRequest } from './helpers.js';

const redirectUri = 'http://127.0.0.1:9/callback';

function consentUrl(base: string, extra: Record<string, string> = {}): string {
  const url = new URL(`${base}/ap/oa`);
  const params = { client_id: demoCredentials.client_id, scope: advertisingScope, response_type: 'code', redirect_uri: redirectUri, state: 'xyz 123', ...extra };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

async function exchange(e: { url: string }, code: string, redirect = redirectUri) {
  return tokenRequest(e as never, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirect,
    client_id: demoCredentials.client_id,
    client_secret: demoCredentials.client_secret,
  });
}

describe('GET /ap/oa consent page', () => {
  it('shows an HTML consent page with an Allow form carrying the request', async () => {
    const e = await emulator();
    const response = await fetch(consentUrl(e.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/ap/oa">');
    expect(html).toContain('value="allow"');
    expect(html).toContain('name="state" value="xyz 123"');
    expect(e.stats.routes['GET /ap/oa']).toBe(1);
  });

  it('redirects at once with a code and the state when auto_consent=1; the code exchanges once', async () => {
    const e = await emulator();
    const response = await fetch(consentUrl(e.url, { auto_consent: '1' }), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
    expect(location.searchParams.get('state')).toBe('xyz 123');
    const code = location.searchParams.get('code')!;
    expect(code).toMatch(/^AN/);
    expect(code).not.toBe(demoCredentials.code);
    expect((await exchange(e, code)).status).toBe(200);
    expect((await exchange(e, code)).body.error).toBe('invalid_grant');
  });

  it('redirects at once under the autoConsent option, and each code differs', async () => {
    const e = await emulator({ autoConsent: true });
    const first = new URL((await fetch(consentUrl(e.url), { redirect: 'manual' })).headers.get('location')!);
    const second = new URL((await fetch(consentUrl(e.url), { redirect: 'manual' })).headers.get('location')!);
    expect(first.searchParams.get('code')).not.toBe(second.searchParams.get('code'));
  });

  it('a code from the consent page is bound to its redirect_uri', async () => {
    const e = await emulator({ autoConsent: true });
    const code = new URL((await fetch(consentUrl(e.url), { redirect: 'manual' })).headers.get('location')!).searchParams.get('code')!;
    const wrong = await exchange(e, code, 'http://127.0.0.1:9/other');
    expect([wrong.status, wrong.body.error]).toEqual([400, 'invalid_grant']);
  });

  it('the Allow form POST redirects with a code; Cancel redirects with access_denied', async () => {
    const e = await emulator();
    const fields = { client_id: demoCredentials.client_id, scope: advertisingScope, response_type: 'code', redirect_uri: redirectUri, state: 's1' };
    const allow = await fetch(`${e.url}/ap/oa`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, consent: 'allow' }).toString(),
      redirect: 'manual',
    });
    expect(allow.status).toBe(302);
    const allowed = new URL(allow.headers.get('location')!);
    expect(allowed.searchParams.get('state')).toBe('s1');
    expect((await exchange(e, allowed.searchParams.get('code')!)).status).toBe(200);

    const deny = await fetch(`${e.url}/ap/oa`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, consent: 'deny' }).toString(),
      redirect: 'manual',
    });
    const denied = new URL(deny.headers.get('location')!);
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('code')).toBeNull();
  });

  it('shows an error page (no redirect) for an unknown client_id or a missing or invalid redirect_uri', async () => {
    const e = await emulator({ autoConsent: true });
    for (const extra of [{ client_id: 'amzn1.application-oa2-client.unknown' }, { redirect_uri: '' }, { redirect_uri: 'not a url' }] as Array<Record<string, string>>) {
      const response = await fetch(consentUrl(e.url, extra), { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });

  it('redirects with unsupported_response_type or invalid_scope (and the state) for a bad response_type or scope', async () => {
    const e = await emulator({ autoConsent: true });
    const type = new URL((await fetch(consentUrl(e.url, { response_type: 'token' }), { redirect: 'manual' })).headers.get('location')!);
    expect(type.searchParams.get('error')).toBe('unsupported_response_type');
    expect(type.searchParams.get('state')).toBe('xyz 123');
    const scope = new URL((await fetch(consentUrl(e.url, { scope: 'profile' }), { redirect: 'manual' })).headers.get('location')!);
    expect(scope.searchParams.get('error')).toBe('invalid_scope');
    expect(scope.searchParams.get('code')).toBeNull();
  });
});
