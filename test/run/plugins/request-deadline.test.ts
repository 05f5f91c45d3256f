/**
 * --timeout-request bounds a request from its start to its answer's last byte: a token answer (the
 * scripts' pm.sendRequest) or an Ads answer (Newman's own request) trickled a byte at a time, and a
 * server that never answers, end the run with `timeout` naming the request and the limit; the run
 * stops there.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../../src/emulator/index.js';
import { resolveRunOptions, type RunFlags } from '../../../src/config/run-settings.js';
import { runCollection } from '../../../src/run/run-collection.js';
import { startSlowProxy, type SlowAnswer } from '../../support/slow-answers.js';
import { demo, emulatorRunOptions } from '../helpers.js';

async function runThroughSlowProxy(pick: (request: http.IncomingMessage) => SlowAnswer | undefined, flags: RunFlags) {
  const emulator = await startEmulator({ region: 'na' });
  const proxy = await startSlowProxy(emulator.url, pick);
  let stdout = '';
  try {
    const options = emulatorRunOptions(proxy, 'na', {
      ...flags,
    });
    const outcome = await runCollection(options, { credentials: demo, stdout: (text) => void (stdout += text) });
    return { outcome, stdout, slowed: proxy.slowed, emulator };
  } finally {
    await proxy.stop();
    await emulator.stop();
  }
}

const isToken = (request: http.IncomingMessage) => (request.url ?? '').startsWith('/auth/o2/token');
const isProfiles = (request: http.IncomingMessage) => (request.url ?? '').startsWith('/v2/profiles');

describe('--timeout-request: the whole answer within the limit', { timeout: 60_000 }, () => {
  it('a token answer trickled to the refresh script (pm.sendRequest, --folder profiles): the same timeout, the run stops', async () => {
    const { outcome, slowed, emulator } = await runThroughSlowProxy((request) => (isToken(request) ? 'trickle' : undefined), { timeoutRequest: '800', folder: ['profiles'] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0]).toMatchObject({ cause: 'timeout', detail: 'POST /auth/o2/token, limit 800 ms' });
    expect(slowed).toEqual(['POST /auth/o2/token']);
    expect(emulator.stats.routes['GET /v2/profiles']).toBeUndefined();
  });

  it('a token answer trickled to the Auth folder\'s request: timeout naming the request and the limit, the run stops', async () => {
    const { outcome, slowed } = await runThroughSlowProxy((request) => (isToken(request) ? 'trickle' : undefined), { timeoutRequest: '800' });
    expect(outcome.exitCode).toBe(1);
    const [first] = outcome.report.failures;
    expect(first.cause).toBe('timeout');
    // one wording: the cause table's words with the request and the limit, as the summary's cause line says it
    expect(first.message).toMatch(/^timeout: request timed out \(no complete answer, body included, within --timeout-request\) \(127\.0\.0\.1:\d+\); POST \/auth\/o2\/token, limit 800 ms$/);
    expect(first.detail).toBe('POST /auth/o2/token, limit 800 ms');
    expect(slowed).toEqual(['POST /auth/o2/token']);
    expect(outcome.report.requests.total).toBeLessThanOrEqual(1);
  });

  it('an Ads answer trickled (Newman\'s own request): timeout, nothing after it is sent', async () => {
    const { outcome, slowed, emulator } = await runThroughSlowProxy((request) => (isProfiles(request) ? 'trickle' : undefined), { timeoutRequest: '800' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0]).toMatchObject({ cause: 'timeout', detail: 'GET /v2/profiles, limit 800 ms', item: 'Accounts / Profiles' });
    expect(slowed).toEqual(['GET /v2/profiles']);
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
  });

  it('a server that never answers', async () => {
    const { outcome } = await runThroughSlowProxy((request) => (isProfiles(request) ? 'silent' : undefined), { timeoutRequest: '500' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0]).toMatchObject({ cause: 'timeout', detail: 'GET /v2/profiles, limit 500 ms' });
  });

  it('a request the same process sends outside the run is not the run\'s: it outlives the run\'s limit untouched', async () => {
    const slowServer = http.createServer((_request, response) => void setTimeout(() => response.end('late but whole'), 1500));
    await new Promise<void>((resolve) => slowServer.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = slowServer.address() as import('node:net').AddressInfo;
      // sent while the run is at its profiles request (from the proxy, outside the run's context)
      let outside: Promise<string> | undefined;
      const sendOutside = () =>
        new Promise<string>((resolve, reject) => {
          http.get(`http://127.0.0.1:${port}/`, (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString()));
            response.on('end', () => resolve(text));
            response.on('error', reject);
          }).on('error', reject);
        });
      const run = await runThroughSlowProxy((request) => {
        if (!isProfiles(request)) return undefined;
        outside ??= sendOutside();
        return 'silent';
      }, { timeoutRequest: '500' });
      expect(run.outcome.report.failures[0]).toMatchObject({ cause: 'timeout', detail: 'GET /v2/profiles, limit 500 ms' });
      expect(outside).toBeDefined();
      await expect(outside).resolves.toBe('late but whole');
    } finally {
      slowServer.closeAllConnections();
      await new Promise((resolve) => slowServer.close(resolve));
    }
  });

  it('answers within the limit pass; the default limit is 60 s', async () => {
    const { outcome } = await runThroughSlowProxy(() => undefined, { folder: ['profiles'] });
    expect(outcome.exitCode).toBe(0);
    expect(resolveRunOptions({ emulator: true }).timeoutRequest).toBe(60_000);
  });
});
