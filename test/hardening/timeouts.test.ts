/**
 * Runs that would hang (issue 17, item 4), spawned as a user runs them: a token endpoint that never
 * answers, a token answer and an Ads answer trickled a byte at a time, a run longer than --timeout,
 * and `npm run auth` whose token answer trickles. Each ends within its limit (small ones here) with
 * its cause in one `error:` line, exit 1, the reports and the exported environment written (auth: the
 * env file untouched), no secret anywhere, and the process gone (the spawn resolves on its exit).
 */
import type http from 'node:http';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoCredentials, startEmulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { cliEntry, spawnRun, tsxScript } from '../support/spawn-cli.js';
import { startSlowProxy, type SlowAnswer } from '../support/slow-answers.js';
import { collection, demo, expectFilesSound, expectOneErrorLine, workspace, writeEverything } from './harness.js';
import { expectCase } from './failure-cases.js';

const isToken = (request: http.IncomingMessage) => (request.url ?? '').startsWith('/auth/o2/token');
const isProfiles = (request: http.IncomingMessage) => (request.url ?? '').startsWith('/v2/profiles');

interface HangCase {
  pick(request: http.IncomingMessage): SlowAnswer | undefined;
  args: string[];
  emulator?: EmulatorOptions;
  line: RegExp;
  /** What the slow proxy saw, as `METHOD path`. */
  slowed: string[];
}

async function faultCase(id: string, hang: HangCase): Promise<void> {
  const emulator = await startEmulator({ region: 'na', ...hang.emulator });
  const proxy = await startSlowProxy(emulator.url, hang.pick);
  const ws = workspace(demo);
  try {
    const ran = await collection(
      ['--region', 'na', ...writeEverything(ws), '--api-url', proxy.url, '--token-url', `${proxy.url}/auth/o2/token`, ...hang.args],
      { cwd: ws.dir },
    );
    expect(expectOneErrorLine(ran, 1)).toMatch(hang.line);
    expect(ran.stdout).toMatch(/\n {2}result +failed\n/);
    // the request a deadline ended is listed once, not again as Newman's own request error
    expect(ran.stdout.match(/^ {2}(?:failures| {8}) {5}\d+\. /gm)).toHaveLength(1);
    expect(proxy.slowed).toEqual(hang.slowed);
    expectFilesSound(ws, { reports: true, exported: true });
    expectCase(id, ran, ws, [demo.client_secret, demo.refresh_token]);
  } finally {
    ws.remove();
    await proxy.stop();
    await emulator.stop();
  }
}

describe.concurrent('runs that would hang end at their limit with their cause', { timeout: 240_000 }, () => {
  it('a token endpoint that never answers', async () => {
    await faultCase('token-never-answers', {
      pick: (request) => (isToken(request) ? 'silent' : undefined),
      args: ['--timeout-request', '2000'],
      line: /^error: timeout: request timed out .*\(127\.0\.0\.1:\d+\); POST \/auth\/o2\/token, limit 2000 ms - raise --timeout-request/,
      slowed: ['POST /auth/o2/token'],
    });
  });

  it('a token answer trickled a byte at a time (--timeout-request limits the whole answer, not idle time)', async () => {
    await faultCase('token-trickle', {
      pick: (request) => (isToken(request) ? 'trickle' : undefined),
      args: ['--timeout-request', '2000'],
      line: /^error: timeout: .*\(127\.0\.0\.1:\d+\); POST \/auth\/o2\/token, limit 2000 ms - /,
      slowed: ['POST /auth/o2/token'],
    });
  });

  it('an Ads API answer trickled a byte at a time', async () => {
    await faultCase('api-trickle', {
      pick: (request) => (isProfiles(request) ? 'trickle' : undefined),
      args: ['--timeout-request', '4000'],
      line: /^error: timeout: .*\(127\.0\.0\.1:\d+\); GET \/v2\/profiles, limit 4000 ms - /,
      slowed: ['GET /v2/profiles'],
    });
  });

  it('a run longer than --timeout: run_timeout, its reports still written', async () => {
    await faultCase('run-timeout', {
      pick: () => undefined,
      emulator: { latencyMs: 1000 },
      args: ['--timeout', '2500'],
      line: /^error: run_timeout: the run took longer than --timeout and was stopped; limit 2500 ms - raise --timeout/,
      slowed: [],
    });
  });

  it('npm run auth: a token answer trickled a byte at a time ends at --timeout-request; the env file is untouched', async () => {
    const emulator = await startEmulator({ region: 'na' });
    const proxy = await startSlowProxy(emulator.url, (request) => (isToken(request) ? 'trickle' : undefined));
    const ws = workspace(demo);
    try {
      const ran = await spawnRun(
        process.execPath,
        [tsxScript, cliEntry, 'auth', '--region', 'na', '--envFile', ws.envFile, '--code', demoCredentials.code, '--redirect-uri', demoCredentials.redirect_uri,
          '--token-url', `${proxy.url}/auth/o2/token`, '--api-url', proxy.url, '--timeout-request', '2000'],
        { cwd: ws.dir, env: { PATH: process.env.PATH ?? '', HOME: ws.dir, NO_COLOR: '1' } },
      );
      expect(expectOneErrorLine(ran, 1)).toMatch(/^error: timeout: the token URL 127\.0\.0\.1:\d+ sent no complete answer within 2000 ms - raise --timeout-request/);
      expect(proxy.slowed).toEqual(['POST /auth/o2/token']);
      expectFilesSound(ws, { reports: false, exported: false });
      expect(fs.readdirSync(ws.dir)).toEqual(['.env']);
      expectCase('auth-trickle', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await proxy.stop();
      await emulator.stop();
    }
  });
});
