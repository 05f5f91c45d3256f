/**
 * ECONNRESET / socket hang up on an Ads API call is retried as a 5xx is (check-response.js, told by
 * plugins/network-retry.ts): a proxy in front of the emulator drops the connection of the first calls
 * to the profile list without an answer.
 */
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../../src/emulator/index.js';
import { runCollection } from '../../../src/run/run-collection.js';
import { isTransientNetworkError } from '../../../src/run/plugins/network-retry.js';
import { startEmulatorProxy } from '../../support/emulator-proxy.js';
import { demo, emulatorRunOptions, summaryLines } from '../helpers.js';

/** A run whose first `drops` calls to GET /v2/profiles lose their connection before any answer. */
async function runDropping(drops: number) {
  const emulator = await startEmulator({ region: 'na' });
  let dropped = 0;
  let profileCalls = 0;
  const proxy = await startEmulatorProxy(emulator.url, {
    intercept(request) {
      if (!request.url?.startsWith('/v2/profiles')) return false;
      profileCalls += 1;
      if (dropped >= drops) return false;
      dropped += 1;
      request.socket.destroy();
      return true;
    },
  });
  let stdout = '';
  try {
    const options = emulatorRunOptions(proxy, 'na', { folder: ['auth', 'profiles'] });
    const outcome = await runCollection(options, {
      credentials: demo,
      environmentValues: { retry_after_cap_seconds: '0' },
      stdout: (text) => void (stdout += text),
    });
    return { outcome, stdout, profileCalls };
  } finally {
    await proxy.stop();
    await emulator.stop();
  }
}

describe('network errors on an Ads API call', () => {
  it('which errors count: a reset, a hang-up, a timeout; not a refused connection', () => {
    expect(isTransientNetworkError({ code: 'ECONNRESET' })).toBe(true);
    expect(isTransientNetworkError({ code: 'ETIMEDOUT' })).toBe(true);
    expect(isTransientNetworkError({ message: 'socket hang up' })).toBe(true);
    expect(isTransientNetworkError({ code: 'ECONNREFUSED' })).toBe(false);
    expect(isTransientNetworkError(null)).toBe(false);
  });

  it('two dropped connections: retried with a retry line each, the run passes', async () => {
    const { outcome, stdout, profileCalls } = await runDropping(2);
    expect(outcome.exitCode, stdout).toBe(0);
    expect(profileCalls).toBe(3);
    expect(stdout).toMatch(/ECONNRESET from Profiles: waiting 0 s \(retry 1\/3\)/);
    expect(stdout).toMatch(/ECONNRESET from Profiles: waiting 0 s \(retry 2\/3\)/);
    expect(outcome.report.failures).toEqual([]);
    expect(summaryLines(outcome.summaryText).requests).toMatch(/, 0 failed$/);
  });

  it('bounded: past 3 retries the request error is the failure and the run stops', async () => {
    const { outcome, stdout, profileCalls } = await runDropping(10);
    expect(outcome.exitCode).toBe(1);
    expect(profileCalls).toBe(4);
    expect(stdout).toContain('(retry 3/3)');
    expect(stdout).not.toContain('(retry 4/');
    expect(outcome.report.failures).toHaveLength(1);
    expect(outcome.report.failures[0].item).toBe('Accounts / Profiles');
  });
});
