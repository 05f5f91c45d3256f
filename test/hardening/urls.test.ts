/**
 * URLs and proxies (issue 17, item 14, and its smaller URL ones), spawned as a user runs them:
 * a password in --api-url / --token-url is masked in every line and file; with HTTP_PROXY / HTTPS_PROXY
 * set, loopback traffic (--emulator, a local API) never goes through the proxy; a plain http:// token
 * URL to another machine is warned about once; a URL with a query string is a usage error; a redirect
 * loop is `unexpected_redirect`, not host_unreachable; a 403 on /v2/profiles says what happened; an
 * absurd `expires_in` in a token answer does not make a new token before every request.
 */
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { startEmulatorProxy } from '../support/emulator-proxy.js';
import { cleanEnv, collection, demo, expectFilesSound, expectOneErrorLine, filesUnder, stderrLines, workspace, writeEverything } from './harness.js';
import { expectCase } from './failure-cases.js';
import { startRecordingServer } from '../support/recording-server.js';
import fs from 'node:fs';

/** Passwords long enough for the leak scan (16-character pieces in every spelling). */
const API_PASSWORD = 'Api-Url-Password-7Hq2Wm9Zx';
const TOKEN_PASSWORD = 'Token-Url-Password-3Kd8Rv1Ny';

/** Every text the run left: stdout, stderr, report files and the exported environment. */
function everything(ran: { stdout: string; stderr: string }, dir: string): string {
  return [ran.stdout, ran.stderr, ...filesUnder(dir).filter((file) => !file.endsWith('.env')).map((file) => fs.readFileSync(file, 'utf8'))].join('\n');
}

describe.concurrent('URLs and proxies', { timeout: 240_000 }, () => {
  it('a password in --api-url and --token-url is masked in request lines, --verbose, reports and the exported environment', async () => {
    const emulator = await startEmulator({ region: 'na' });
    // the token request carries the URL's user:password as HTTP Basic; the emulator would take it for the client's
    const front = await startEmulatorProxy(emulator.url, {
      forwardHeaders: (headers) => {
        if (/^basic /i.test(String(headers.authorization ?? ''))) delete headers.authorization;
      },
    });
    const port = new URL(front.url).port;
    const ws = workspace(demo);
    try {
      const ran = await collection(
        [
          '--region', 'na', ...writeEverything(ws),
          '--api-url', `http://api-user:${API_PASSWORD}@127.0.0.1:${port}`,
          '--token-url', `http://token-user:${encodeURIComponent(TOKEN_PASSWORD)}@127.0.0.1:${port}/auth/o2/token`,
        ],
        { cwd: ws.dir },
      );
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stdout).toMatch(/\n {2}result +passed\n/);
      const text = everything(ran, ws.dir);
      expect(text).not.toContain('api-user:');
      expect(text).not.toContain('token-user:');
      expect(text).toContain('http://[REDACTED]@127.0.0.1');
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('url-password-masked', ran, ws, [API_PASSWORD, TOKEN_PASSWORD, `api-user:${API_PASSWORD}`, demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await front.stop();
      await emulator.stop();
    }
  });

  it('with HTTP_PROXY and HTTPS_PROXY set, --emulator never sends its loopback traffic through the proxy', async () => {
    const proxy = await startRecordingServer((_request, response) => {
      response.writeHead(502);
      response.end();
    });
    const ws = workspace(demo);
    try {
      const env = cleanEnv({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, http_proxy: proxy.url, https_proxy: proxy.url });
      delete env.NO_PROXY;
      delete env.no_proxy;
      const ran = await collection(['--emulator', ...writeEverything(ws)], { cwd: ws.dir, env });
      expect(ran.code, ran.stdout + ran.stderr).toBe(0);
      expect(proxy.received, 'nothing went through the proxy').toEqual([]);
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('proxy-set-emulator', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await proxy.stop();
    }
  });

  it('a plain http:// token URL to another machine is warned about once, before the token request', async () => {
    const ws = workspace(demo);
    try {
      // `.invalid` never resolves: nothing leaves the machine
      const ran = await collection(['--region', 'na', ...writeEverything(ws), '--token-url', 'http://token.invalid/auth/o2/token', '--api-url', 'http://127.0.0.1:9'], { cwd: ws.dir });
      const line = expectOneErrorLine(ran, 1, 1);
      expect(line).toMatch(/^error: host_unreachable/);
      const warnings = stderrLines(ran).filter((entry) => entry.startsWith('warning: '));
      expect(warnings).toEqual([expect.stringMatching(/^warning: the token URL http:\/\/token\.invalid is plain http:\/\/ to another machine: .*clear text/)]);
      expectCase('token-url-clear-text', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
    }
  });

  it('--api-url with a query string is a usage error before any request, its password masked', async () => {
    const ws = workspace(demo);
    const server = await startRecordingServer((_request, response) => response.end());
    try {
      const api = `http://api-user:${API_PASSWORD}@127.0.0.1:${new URL(server.url).port}/?marketplace=US`;
      const ran = await collection(['--region', 'na', ...writeEverything(ws), '--api-url', api], { cwd: ws.dir });
      const line = expectOneErrorLine(ran, 2);
      expect(line).toContain('has a query string or fragment');
      expect(server.received).toEqual([]);
      expectFilesSound(ws, { reports: false, exported: false });
      expectCase('api-url-query', ran, ws, [API_PASSWORD, demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await server.stop();
    }
  });

  it('a redirect loop on the API is unexpected_redirect, sent once, without a MaxListenersExceededWarning', async () => {
    const emulator = await startEmulator({ region: 'na' });
    let redirected = 0;
    const front = await startEmulatorProxy(emulator.url, {
      intercept: (request, response) => {
        if (!(request.url ?? '').startsWith('/v2/profiles')) return false;
        redirected += 1;
        response.writeHead(302, { Location: request.url });
        response.end();
        return true;
      },
    });
    const ws = workspace(demo);
    try {
      const ran = await collection(['--region', 'na', ...writeEverything(ws), '--api-url', front.url, '--token-url', `${front.url}/auth/o2/token`], { cwd: ws.dir });
      const line = expectOneErrorLine(ran, 1);
      expect(line).toMatch(/^error: unexpected_redirect: /);
      expect(redirected, 'the looping address was asked once').toBe(1);
      expect(ran.stderr + ran.stdout).not.toMatch(/MaxListenersExceeded|host_unreachable/);
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('redirect-loop', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await front.stop();
      await emulator.stop();
    }
  });

  it('a 403 on /v2/profiles says what happened, without "profile (none)"', async () => {
    const emulator = await startEmulator({ region: 'na' });
    const front = await startEmulatorProxy(emulator.url, {
      intercept: (request, response) => {
        if (!(request.url ?? '').startsWith('/v2/profiles')) return false;
        response.writeHead(403, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ code: 'UNAUTHORIZED', details: 'Not authorized to access this advertiser' }));
        return true;
      },
    });
    const ws = workspace(demo);
    try {
      const ran = await collection(['--region', 'na', ...writeEverything(ws), '--api-url', front.url, '--token-url', `${front.url}/auth/o2/token`], { cwd: ws.dir });
      const line = expectOneErrorLine(ran, 1);
      expect(line).not.toContain('(none)');
      expect(ran.stdout).not.toContain('profile (none)');
      expect(line).toMatch(/^error: access_denied: the Ads API refused this login \(HTTP 403\) on a call that needs no profile - /);
      expect(ran.stdout).toContain('access_denied: HTTP 403 Forbidden (UNAUTHORIZED Not authorized to access this advertiser) for "Profiles" (no profile involved)');
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('profiles-forbidden', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await front.stop();
      await emulator.stop();
    }
  });

  it('a token answer with expires_in 1e308 is used for the whole run: one grant, not one before every request', async () => {
    const emulator = await startEmulator({ region: 'na' });
    const front = await startEmulatorProxy(emulator.url, {
      responseBody: (request, body) =>
        (request.url ?? '').startsWith('/auth/o2/token') ? Buffer.from(body.toString('utf8').replace(/"expires_in"\s*:\s*\d+/, '"expires_in":1e308')) : body,
    });
    const ws = workspace(demo);
    try {
      const ran = await collection(['--region', 'na', ...writeEverything(ws), '--api-url', front.url, '--token-url', `${front.url}/auth/o2/token`], { cwd: ws.dir });
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stdout).toMatch(/\n {2}requests +[4-9]\d*, 0 failed\n/);
      expect(emulator.stats.grants.refresh_token, 'token grants in the whole run').toBe(1);
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('expires-in-absurd', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await front.stop();
      await emulator.stop();
    }
  });
});
