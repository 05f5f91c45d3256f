/**
 * Each failure cause of a smoke run, end to end against the emulator: the cause named in words in the
 * summary, exit code 1, and the run stopped where nothing later could succeed.
 */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { explainCause } from '../../src/run/causes.js';
import { demo, runAgainstEmulator, summaryLines } from './helpers.js';

/** A port on 127.0.0.1 that refuses connections (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a failed run names its cause', () => {
  it('invalid_client: wrong client id or secret', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na' }, {}, { credentials: { ...demo, client_secret: 'not-the-secret-1234' } });
    expect(outcome.exitCode).toBe(1);
    expect(summaryLines(outcome.summaryText).cause).toBe(explainCause({ cause: 'invalid_client' }));
    expect(summaryLines(outcome.summaryText).cause).toContain('wrong client id or secret');
    expect(emulator.stats.routes).toEqual({ 'POST /auth/o2/token': 1 });
  });

  it('invalid_grant: refresh token rejected', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'eu', rejectRefresh: true });
    expect(outcome.exitCode).toBe(1);
    expect(summaryLines(outcome.summaryText).cause).toMatch(/^invalid_grant: refresh token rejected \(revoked, or issued to another app\)/);
    expect(emulator.stats.routes['GET /v2/profiles']).toBeUndefined();
  });

  it('invalid_grant also when only profiles run (the refresh happens in the pre-request script)', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'eu', rejectRefresh: true }, { folder: ['profiles'] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].cause).toBe('invalid_grant');
  });

  it('no_profiles: suggests the other regions', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'fe', emptyProfiles: true });
    expect(outcome.exitCode).toBe(1);
    expect(summaryLines(outcome.summaryText).cause).toBe(
      'no_profiles: no advertising profiles in this region - try the other regions: --region na or --region eu',
    );
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
  });

  it('profile_not_accessible: a --profile-id not among the profiles, listing the ids that exist', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na' }, { profileId: '12345' });
    expect(outcome.exitCode).toBe(1);
    const lines = summaryLines(outcome.summaryText);
    expect(lines.cause).toMatch(/^profile_not_accessible: profile not accessible/);
    expect(lines.failures).toMatch(/profile 12345 is not among the profiles .*\d+ \(US\)/);
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
  });

  it('profile_not_accessible: a foreign --profile-id used for campaigns directly (the API answers 403)', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na' }, { folder: ['campaigns'], profileId: '12345' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].cause).toBe('profile_not_accessible');
  });

  it('no_profile_in_country: a --country without a profile, listing the countries that exist', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'fe' }, { country: 'US' });
    expect(outcome.exitCode).toBe(1);
    expect(summaryLines(outcome.summaryText).failures).toMatch(/no profile in marketplace US; .* JP, AU, SG/);
  });

  it('host_unreachable: a closed port, naming the host', async () => {
    const port = await closedPort();
    const { emulator, outcome } = await runAgainstEmulator(
      { region: 'na' },
      { apiUrl: `http://127.0.0.1:${port}`, tokenUrl: `http://127.0.0.1:${port}/auth/o2/token` },
    );
    expect(outcome.exitCode).toBe(1);
    expect(summaryLines(outcome.summaryText).cause).toBe(explainCause({ cause: 'host_unreachable', host: `127.0.0.1:${port}` }));
    expect(outcome.report.requests).toEqual({ total: 1, failed: 1 });
    expect(emulator.stats.requests).toBe(0);
  });

  it('host_unreachable: the token endpoint is down while the API is up (the pre-request refresh fails)', async () => {
    const port = await closedPort();
    const { outcome } = await runAgainstEmulator({ region: 'na' }, { folder: ['profiles'], tokenUrl: `http://127.0.0.1:${port}/auth/o2/token` });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0]).toMatchObject({ cause: 'host_unreachable' });
  });

  it('timeout: a response slower than --timeout-request', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na', latencyMs: 1500 }, { folder: ['auth'], timeoutRequest: 200 });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].cause).toBe('timeout');
    expect(summaryLines(outcome.summaryText).cause).toMatch(/^timeout: request timed out \(127\.0\.0\.1:\d+\) - raise --timeout-request/);
  });

  it('throttled: 429 past the retry budget', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na', throttle: 50, retryAfterSeconds: 0 }, { folder: ['profiles'] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].cause).toBe('throttled');
    expect(summaryLines(outcome.summaryText).cause).toMatch(/^throttled: /);
  });

  it('server_error: 5xx past the retry budget', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na', serverErrors: 50 }, { folder: ['profiles'] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].cause).toBe('server_error');
  });

  it('malformed_response: a list response that is not JSON', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na', malformed: true });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].cause).toBe('malformed_response');
  });
});
