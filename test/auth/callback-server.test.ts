import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isLoopbackRedirectUri, startCallbackServer } from '../../src/auth/callback-server.js';
import { RunFailure, UsageError } from '../../src/errors.js';

describe('isLoopbackRedirectUri', () => {
  it('accepts http://localhost:PORT/... and http://127.0.0.1:PORT/... only', () => {
    expect(isLoopbackRedirectUri('http://localhost:8765/callback')).toBe(true);
    expect(isLoopbackRedirectUri('http://127.0.0.1:9000/')).toBe(true);
    expect(isLoopbackRedirectUri('http://localhost/callback')).toBe(false); // no port
    expect(isLoopbackRedirectUri('https://localhost:8765/callback')).toBe(false);
    expect(isLoopbackRedirectUri('https://amazon.com')).toBe(false);
    expect(isLoopbackRedirectUri('not a url')).toBe(false);
  });
});

describe('startCallbackServer', () => {
  it('binds 127.0.0.1, fills in port 0, answers the redirect path with a page and hands on the URL', async () => {
    const server = await startCallbackServer('http://127.0.0.1:0/callback', { timeoutMs: 10_000 });
    try {
      const port = new URL(server.redirectUri).port;
      expect(Number(port)).toBeGreaterThan(0);
      const other = await fetch(`http://127.0.0.1:${port}/favicon.ico`);
      expect(other.status).toBe(404);
      const page = await fetch(`http://127.0.0.1:${port}/callback?code=ANcb&state=s1`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/close this tab/);
      expect(await server.redirect).toBe(`http://127.0.0.1:${port}/callback?code=ANcb&state=s1`);
    } finally {
      await server.close();
    }
  });

  it('keeps a redirect_uri with a fixed port byte for byte', async () => {
    const probe = await startCallbackServer('http://127.0.0.1:0/x', { timeoutMs: 1000 });
    const port = new URL(probe.redirectUri).port;
    await probe.close();
    const server = await startCallbackServer(`http://localhost:${port}`, { timeoutMs: 1000 });
    expect(server.redirectUri).toBe(`http://localhost:${port}`);
    await server.close();
  });

  it('shows the failure on the page when the redirect is wrong', async () => {
    const server = await startCallbackServer('http://127.0.0.1:0/cb', {
      timeoutMs: 10_000,
      pageFor: () => ({ ok: false, message: 'state mismatch: try again' }),
    });
    try {
      const response = await fetch(`${server.redirectUri}?code=AN&state=bad`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('state mismatch: try again');
    } finally {
      await server.close();
    }
  });

  it('a page that keeps waiting: the redirect is refused (400, the why on the page), the port stays open and the next one is handed on', async () => {
    const server = await startCallbackServer('http://127.0.0.1:0/cb', {
      timeoutMs: 10_000,
      pageFor: (url) => (url.includes('state=mine') ? { ok: true, message: 'ok' } : { ok: false, keepWaiting: true, message: 'not this run: refused' }),
    });
    try {
      const refused = await fetch(`${server.redirectUri}?code=ATTACKER`);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('not this run: refused');
      const real = await fetch(`${server.redirectUri}?code=AN&state=mine`);
      expect(real.status).toBe(200);
      expect(await server.redirect).toBe(`${server.redirectUri}?code=AN&state=mine`);
    } finally {
      await server.close();
    }
  });

  it('times out with a message that says what to check', async () => {
    const server = await startCallbackServer('http://127.0.0.1:0/cb', { timeoutMs: 50 });
    const error = await server.redirect.catch((e: Error) => e);
    await server.close();
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(/^timed out after 0 s waiting for the browser to return to http:\/\/127\.0\.0\.1:\d+\/cb/);
    expect((error as Error).message).toContain('--redirect-url');
  });

  it('names a port in use as a usage error', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await startCallbackServer(`http://localhost:${port}/cb`, { timeoutMs: 1000 }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(new RegExp(`port ${port} of the redirect_uri is in use`));
    } finally {
      blocker.close();
    }
  });
});
