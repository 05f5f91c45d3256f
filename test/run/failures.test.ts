/**
 * Failure causes decided by the runner's logic in cases the spawned battery (test/hardening/) does not
 * run: where the refresh happens in the pre-request script. Every other cause is proven once, spawned
 * as a user runs it, with its exit code and printed line, in test/hardening/server-faults.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { closedPort } from '../support/closed-port.js';
import { runAgainstEmulator } from './helpers.js';

describe('a failed run names its cause', () => {
  it('invalid_grant also when only profiles run (the refresh happens in the pre-request script)', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'eu', rejectRefresh: true }, { folder: ['profiles'] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].cause).toBe('invalid_grant');
  });

  it('host_unreachable: the token endpoint is down while the API is up (the pre-request refresh fails)', async () => {
    const port = await closedPort();
    const { outcome } = await runAgainstEmulator({ region: 'na' }, { folder: ['profiles'], tokenUrl: `http://127.0.0.1:${port}/auth/o2/token` });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0]).toMatchObject({ cause: 'host_unreachable' });
  });
});
