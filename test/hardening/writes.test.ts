/**
 * No write to a real account by accident (issue 27, W): a selection holding requests that create,
 * update or delete is refused (exit 2, before any request, naming them) against a host that is not
 * this machine unless --allow-writes is given; --dry-run lists what would be sent and sends nothing.
 * No traffic leaves the machine: the "real" hosts are `.invalid` names reached only through
 * HTTP(S)_PROXY, a recording server on 127.0.0.1 that answers 502, so any request the run tried to
 * send would be recorded there (an https request as `CONNECT host:443`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { startRecordingServer, type RecordingServer } from '../support/recording-server.js';
import { cleanEnv, collection, demo, distinctive, expectOneErrorLine, stderrLines, workspace } from './harness.js';
import { expectCase } from './failure-cases.js';

let emulator: Emulator;
let proxy: RecordingServer;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
  proxy = await startRecordingServer((_request, response) => {
    response.writeHead(502);
    response.end();
  });
});
afterAll(async () => {
  await emulator?.stop();
  await proxy?.stop();
});

const secrets = [distinctive.client_secret, distinctive.refresh_token, demo.client_secret, demo.refresh_token];
const realHosts = ['--api-url', 'https://advertising-api.example.invalid', '--token-url', 'https://api.example.invalid/auth/o2/token'];
const writingFolder = ['--folder', 'Sponsored Products/Campaigns'];
/** Every request to a host that is not loopback goes to the recording proxy. */
const throughProxy = () => {
  const env = cleanEnv({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, http_proxy: proxy.url, https_proxy: proxy.url });
  delete env.NO_PROXY;
  delete env.no_proxy;
  return env;
};

describe('writes to a host that is not this machine', { timeout: 240_000 }, () => {
  it('are refused before any request without --allow-writes, naming them; with it the run goes out (here: to the proxy)', async () => {
    const ws = workspace(distinctive);
    try {
      const before = proxy.received.length;
      const ran = await collection(['--envFile', ws.envFile, ...writingFolder, ...realHosts], { cwd: ws.dir, env: throughProxy() });
      expect(expectOneErrorLine(ran, 2)).toBe(
        'error: the selection holds 3 requests that create, update or delete in the account at advertising-api.example.invalid, which is not this machine: ' +
          'Sponsored Products / Campaigns / Create campaigns (POST), Sponsored Products / Campaigns / Delete campaigns (POST), Sponsored Products / Campaigns / Update campaigns (PUT)' +
          ' - add --allow-writes to send them, or --dry-run to see what the run would send (the emulator needs no flag)',
      );
      expect(ran.stdout).toBe('');
      expect(proxy.received.slice(before), 'no request left the run').toEqual([]);
      expectCase('writes-to-real-host', ran, ws, secrets);

      // the refusal is what kept them: with --allow-writes the run sends its first request (the token, to the proxy)
      const allowed = await collection(['--envFile', ws.envFile, ...writingFolder, ...realHosts, '--allow-writes', '--timeout-request', '5000'], { cwd: ws.dir, env: throughProxy() });
      expect(allowed.code).toBe(1);
      expect(proxy.received.slice(before)).toContain('CONNECT api.example.invalid:443');
    } finally {
      ws.remove();
    }
  });

  it('the emulator (loopback) needs no flag: the writing requests run', async () => {
    const ws = workspace(demo);
    try {
      const creates = emulator.stats.routes['POST /sp/campaigns'] ?? 0;
      const ran = await collection(['--envFile', ws.envFile, ...writingFolder, '--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`], { cwd: ws.dir });
      expect(ran.stderr).not.toContain('--allow-writes');
      expect(emulator.stats.routes['POST /sp/campaigns'] ?? 0).toBe(creates + 1);
    } finally {
      ws.remove();
    }
  });
});

describe('--dry-run', { timeout: 240_000 }, () => {
  it('prints each request with its method and masked URL, marks the writes, and sends nothing', async () => {
    const ws = workspace(demo);
    try {
      const before = { emulator: emulator.stats.requests, proxy: proxy.received.length };
      const local = await collection(['--envFile', ws.envFile, ...writingFolder, '--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`, '--dry-run'], { cwd: ws.dir });
      expect(local.code, local.stderr).toBe(0);
      expect(emulator.stats.requests, 'nothing reached the emulator').toBe(before.emulator);
      expect(local.stdout).toContain(`Sponsored Products / Campaigns / Create campaigns  POST  ${emulator.url}/sp/campaigns  (creates, updates or deletes)`);

      // against a real host, with a password in the URL: nothing sent, the password masked, no refusal (nothing is sent)
      const ran = await collection(
        ['--envFile', ws.envFile, ...writingFolder, '--api-url', `https://user:${distinctive.client_secret}@advertising-api.example.invalid`, '--token-url', 'https://api.example.invalid/auth/o2/token', '--dry-run', '--reporters', 'cli,junit'],
        { cwd: ws.dir, env: throughProxy() },
      );
      expect(ran.code, ran.stderr).toBe(0);
      expect(stderrLines(ran)).toEqual([]);
      expect(proxy.received.slice(before.proxy), 'no request left the run').toEqual([]);
      expect(ran.stdout.split('\n')).toEqual([
        'Dry run: nothing was sent. The run would send 6 requests, in this order (a list request once per page):',
        '  Auth / Access token from refresh token             POST  https://api.example.invalid/auth/o2/token',
        '  Accounts / Profiles                                GET   https://[REDACTED]@advertising-api.example.invalid/v2/profiles',
        '  Sponsored Products / Campaigns / List campaigns    POST  https://[REDACTED]@advertising-api.example.invalid/sp/campaigns/list',
        '  Sponsored Products / Campaigns / Create campaigns  POST  https://[REDACTED]@advertising-api.example.invalid/sp/campaigns  (creates, updates or deletes)',
        '  Sponsored Products / Campaigns / Delete campaigns  POST  https://[REDACTED]@advertising-api.example.invalid/sp/campaigns/delete  (creates, updates or deletes)',
        '  Sponsored Products / Campaigns / Update campaigns  PUT   https://[REDACTED]@advertising-api.example.invalid/sp/campaigns  (creates, updates or deletes)',
        '',
      ]);
      expectCase('dry-run', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});
