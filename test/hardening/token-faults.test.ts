/**
 * Faults of the token endpoint (issue 17, item 8), spawned as a user runs them: a 429 or a 5xx from
 * Login with Amazon is retried like an Ads call, then reported with the token host and its real cause
 * (throttled, server_error), never "check --api-url" or "check client_id"; an HTML page with 200 is a
 * malformed_response naming the token host. `npm run auth`'s code exchange retries the same way.
 */
import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { demoCredentials, startEmulator } from '../../src/emulator/index.js';
import { cliEntry, spawnRun, tsxScript } from '../support/spawn-cli.js';
import { startEmulatorProxy } from '../support/emulator-proxy.js';
import { collection, demo, expectFilesSound, expectOneErrorLine, stderrLines, workspace, writeEverything } from './harness.js';
import { expectCase } from './failure-cases.js';

/** How the token endpoint answers its n-th request (from 1); undefined: forwarded to the emulator. */
type TokenFault = (n: number, response: http.ServerResponse) => boolean;

const status = (code: number, body: string, type = 'application/json'): TokenFault => (_n, response) => {
  response.writeHead(code, { 'Content-Type': type, 'Retry-After': '0' });
  response.end(body);
  return true;
};

async function withTokenFault(fault: TokenFault, use: (proxyUrl: string, tokenCalls: () => number) => Promise<void>): Promise<void> {
  const emulator = await startEmulator({ region: 'na' });
  let calls = 0;
  const proxy = await startEmulatorProxy(emulator.url, {
    intercept: (request, response) => ((request.url ?? '').startsWith('/auth/o2/token') ? fault(++calls, response) : false),
  });
  try {
    await use(proxy.url, () => calls);
  } finally {
    await proxy.stop();
    await emulator.stop();
  }
}

async function faultCase(id: string, fault: TokenFault, expected: { line?: RegExp; tokenCalls: number }): Promise<void> {
  await withTokenFault(fault, async (url, tokenCalls) => {
    const ws = workspace(demo);
    try {
      const ran = await collection(['--region', 'na', ...writeEverything(ws), '--api-url', url, '--token-url', `${url}/auth/o2/token`], { cwd: ws.dir });
      if (expected.line) {
        const line = expectOneErrorLine(ran, 1);
        expect(line).toMatch(expected.line);
        expect(line).not.toMatch(/--api-url|client_id|client id/);
      } else {
        expect(ran.code, ran.stderr).toBe(0);
        expect(stderrLines(ran)).toEqual([]);
      }
      expect(tokenCalls()).toBe(expected.tokenCalls);
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase(id, ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
    }
  });
}

describe.concurrent('token endpoint faults: retried, then named for Login with Amazon', { timeout: 240_000 }, () => {
  it('429 past the retries: throttled, naming the token host', async () => {
    await faultCase('token-throttled', status(429, '{}'), {
      line: /^error: throttled: the token endpoint \(Login with Amazon\) still answered 429 after the retries \(127\.0\.0\.1:\d+\) - wait a few minutes/,
      tokenCalls: 6, // 1 + 5 retries
    });
  });

  it('503 past the retries: server_error, naming the token host', async () => {
    await faultCase('token-server-error', status(503, '<html>unavailable</html>', 'text/html'), {
      line: /^error: server_error: the token endpoint \(Login with Amazon\) kept failing .*\(127\.0\.0\.1:\d+\) - run again later/,
      tokenCalls: 4, // 1 + 3 retries
    });
  });

  it('an HTML page with 200: malformed_response naming the token host', async () => {
    await faultCase('token-html-page', status(200, '<html><body>Sign in</body></html>', 'text/html'), {
      line: /^error: malformed_response: the token endpoint answered something that is not JSON \(an HTML page\?\) \(127\.0\.0\.1:\d+\) - check that --token-url/,
      tokenCalls: 1,
    });
  });

  it('one 429, then the token: retried, the run passes', async () => {
    await faultCase('token-throttled-once', (n, response) => (n === 1 ? status(429, '{}')(n, response) : false), { tokenCalls: 2 });
  });

  it('npm run auth: the code exchange answered 429 past its 3 retries: throttled, naming the token host; the env file untouched', async () => {
    await withTokenFault(status(429, '{}'), async (url, tokenCalls) => {
      const ws = workspace(demo);
      try {
        const ran = await spawnRun(
          process.execPath,
          [tsxScript, cliEntry, 'auth', '--region', 'na', '--envFile', ws.envFile, '--code', demoCredentials.code, '--redirect-uri', demoCredentials.redirect_uri,
            '--token-url', `${url}/auth/o2/token`, '--api-url', url],
          { cwd: ws.dir, env: { PATH: process.env.PATH ?? '', HOME: ws.dir, NO_COLOR: '1' } },
        );
        expect(expectOneErrorLine(ran, 1)).toMatch(/^error: throttled: the token URL 127\.0\.0\.1:\d+ still answered HTTP 429 after 3 retries/);
        expect(tokenCalls()).toBe(4);
        expectFilesSound(ws, { reports: false, exported: false });
        expectCase('auth-token-throttled', ran, ws, [demo.client_secret, demo.refresh_token]);
      } finally {
        ws.remove();
      }
    });
  });
});
