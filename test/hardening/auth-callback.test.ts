/**
 * `npm run auth`'s callback server against login CSRF (issue 27, D01 and D14), spawned as a user runs
 * it: a callback without the state, or with another state, gets a page saying why and is refused; the
 * command keeps waiting (no exit 2, the port stays open) and completes with the real redirect of the
 * consent it printed. The attacker's code - a real one, from a consent of its own - is never exchanged.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { auth } from '../support/spawn-cli.js';
import { demo, distinctive, stderrLines, workspace } from './harness.js';
import { expectCase } from './failure-cases.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

const secrets = [demo.client_secret, demo.refresh_token, distinctive.client_secret, distinctive.refresh_token];

/** A real authorization code for `callback`, from a consent the attacker went through (state of its choice, or none). */
async function attackersCode(callback: string, state?: string): Promise<string> {
  const consent = new URL(`${emulator.url}/ap/oa`);
  const query = { client_id: demo.client_id, scope: 'advertising::campaign_management', response_type: 'code', redirect_uri: callback, auto_consent: '1', ...(state ? { state } : {}) };
  for (const [key, value] of Object.entries(query)) consent.searchParams.set(key, value);
  const location = (await fetch(consent, { redirect: 'manual' })).headers.get('location')!;
  return new URL(location).searchParams.get('code')!;
}

/**
 * Runs `npm run auth` with a callback server on 127.0.0.1; once it prints the consent URL, sends the
 * forged callback (`forged(callback, code)` -> its query), checks the page and that the port still
 * answers, then goes through the real consent. Resolves with the run and the forged page.
 */
async function authWithForgedCallback(forged: (code: string) => string) {
  const ws = workspace(distinctive);
  const tokenCalls = emulator.stats.routes['POST /auth/o2/token'] ?? 0;
  let acted: Promise<{ status: number; page: string }> | undefined;
  const ran = await auth(
    ['--envFile', ws.envFile, '--client-id', demo.client_id, '--client-secret', demo.client_secret, '--redirect-uri', 'http://127.0.0.1:0/callback', '--callback-timeout', '120',
      '--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`, '--auth-grant-url', `${emulator.url}/ap/oa`],
    {
      cwd: ws.dir,
      onStdout: (stdout) => {
        const printed = /^\s+(http\S+\/ap\/oa\?\S+)$/m.exec(stdout)?.[1];
        if (!printed || acted || !stdout.includes('Waiting for the browser')) return;
        acted = (async () => {
          const consent = new URL(printed);
          const callback = consent.searchParams.get('redirect_uri')!;
          const answer = await fetch(`${callback}?${forged(await attackersCode(callback, 'attackers-own-state'))}`);
          const result = { status: answer.status, page: await answer.text() };
          // the port is still open: the user's own consent comes back to it
          consent.searchParams.set('auto_consent', '1');
          await fetch(consent);
          return result;
        })();
      },
    },
  );
  const forgedPage = await acted!;
  return { ran, ws, forgedPage, tokenCalls: (emulator.stats.routes['POST /auth/o2/token'] ?? 0) - tokenCalls };
}

describe('npm run auth refuses a callback that is not its own and keeps waiting', { timeout: 240_000 }, () => {
  it('a callback without state (login CSRF): refused with a page saying why; the real redirect completes', async () => {
    const { ran, ws, forgedPage, tokenCalls } = await authWithForgedCallback((code) => `code=${code}`);
    try {
      expect(ran.code, ran.stderr).toBe(0);
      expect(forgedPage.status).toBe(400);
      expect(forgedPage.page).toContain('the redirect carries no state');
      expect(forgedPage.page).toContain('keeps waiting');
      expect(stderrLines(ran)).toEqual([expect.stringMatching(/^warning: refused a request to http:\/\/127\.0\.0\.1:\d+\/callback: the redirect carries no state, .*; still waiting for the browser$/)]);
      expect(tokenCalls, 'one code exchange: the real one').toBe(1);
      expect(fs.readFileSync(ws.envFile, 'utf8')).toMatch(/^AMAZON_ADS_REFRESH_TOKEN=/m);
      expectCase('auth-callback-without-state', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('a callback with a wrong state: refused (no exit 2, the port stays open); the real redirect completes', async () => {
    const { ran, ws, forgedPage, tokenCalls } = await authWithForgedCallback((code) => `code=${code}&state=attackers-own-state`);
    try {
      expect(ran.code, ran.stderr).toBe(0);
      expect(forgedPage.status).toBe(400);
      expect(forgedPage.page).toContain('state mismatch');
      expect(stderrLines(ran)).toEqual([expect.stringMatching(/^warning: refused a request to http:\/\/127\.0\.0\.1:\d+\/callback: state mismatch: .*; still waiting for the browser$/)]);
      expect(tokenCalls, 'one code exchange: the real one').toBe(1);
      expectCase('auth-callback-wrong-state', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});
