/**
 * Every failure about one request names it the same way, "Folder / Request", from `state.position`
 * (plugins/position.ts): the plug-ins that judge the answer Newman's `request` event hands them
 * (redirect-guard, response-size-guard) and the request error Newman reports itself (request-log,
 * summary) name the same request as the deadline does (request-deadline). The `request` event's item
 * is the runtime's copy of the request, without its folders: named from it, all but the deadline said
 * "Profiles".
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { closedPort } from '../../support/closed-port.js';
import { startEmulator } from '../../../src/emulator/index.js';
import type { RunFlags } from '../../../src/config/run-settings.js';
import { runCollection } from '../../../src/run/run-collection.js';
import { startEmulatorProxy } from '../../support/emulator-proxy.js';
import { demo, emulatorRunOptions } from '../helpers.js';

const PROFILES = 'Accounts / Profiles';
const isProfiles = (request: http.IncomingMessage) => request.method === 'GET' && (request.url ?? '').startsWith('/v2/profiles');

/** `--folder profiles` through a proxy whose `intercept` may answer /v2/profiles itself. */
async function runProfiles(intercept: (request: http.IncomingMessage, response: http.ServerResponse) => boolean, flags: RunFlags = {}) {
  const emulator = await startEmulator({ region: 'na' });
  const proxy = await startEmulatorProxy(emulator.url, { intercept });
  let stdout = '';
  try {
    const outcome = await runCollection(emulatorRunOptions(proxy, 'na', { folder: ['profiles'], ...flags }), { credentials: demo, stdout: (text) => void (stdout += text) });
    return { outcome, stdout };
  } finally {
    await proxy.stop();
    await emulator.stop();
  }
}

describe.concurrent('a failure names its request "Folder / Request"', { timeout: 60_000 }, () => {
  it('unexpected_redirect (redirect-guard)', async () => {
    const { outcome, stdout } = await runProfiles((request, response) => {
      if (!isProfiles(request)) return false;
      response.writeHead(302, { Location: 'http://127.0.0.1:9/elsewhere' }).end();
      return true;
    });
    expect(outcome.report.failures[0]).toMatchObject({ cause: 'unexpected_redirect', item: PROFILES });
    expect(stdout).toMatch(/ {2}failures +1\. Accounts \/ Profiles: unexpected_redirect: GET to /);
  });

  it('response_too_large (response-size-guard), in its detail too', async () => {
    const { outcome } = await runProfiles((request, response) => {
      if (!isProfiles(request)) return false;
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(`[{"profileId":1,"accountInfo":{"name":"${'x'.repeat(2 * 1024 * 1024)}"}}]`);
      return true;
    }, { maxResponseMb: '1' });
    expect(outcome.report.failures[0]).toMatchObject({ cause: 'response_too_large', item: PROFILES, detail: `"${PROFILES}" (GET /v2/profiles) sent more than 1 MB (--max-response-mb 1)` });
  });

  it('timeout (request-deadline): the same name', async () => {
    const { outcome } = await runProfiles((request) => isProfiles(request), { timeoutRequest: '500' });
    expect(outcome.report.failures[0]).toMatchObject({ cause: 'timeout', item: PROFILES });
  });

  it("host_unreachable, Newman's own request error (request-log, summary)", async () => {
    const emulator = await startEmulator({ region: 'na' });
    let stdout = '';
    try {
      const options = emulatorRunOptions(emulator, 'na', { folder: ['profiles'], apiUrl: `http://127.0.0.1:${await closedPort()}` });
      const outcome = await runCollection(options, { credentials: demo, stdout: (text) => void (stdout += text) });
      expect(outcome.report.failures).toEqual([expect.objectContaining({ cause: 'host_unreachable', item: PROFILES })]);
      expect(stdout).toMatch(/ {2}failures +1\. Accounts \/ Profiles: connect ECONNREFUSED /);
    } finally {
      await emulator.stop();
    }
  });
});
