import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource } from './sandbox-harness.js';

afterAll(closeSandbox);

function nextProfile(environment: Record<string, string | number>, params: Record<string, unknown> | undefined = { first: 'first-request-id' }) {
  return runScript(scriptSource('next-profile', params, 'prerequest'), {
    target: 'prerequest',
    environment,
    request: { name: 'Next profile', url: 'http://127.0.0.1:9/' },
  });
}

describe('next-profile (the runner\'s "Next profile" step)', () => {
  test('takes the next queued profile, clears the counts and runs the per-profile requests again; never sends itself', async () => {
    const queue = JSON.stringify([
      ['9007199254740995', 'JP', 'Tokyo'],
      ['22', 'CA', ''],
    ]);
    const run = await nextProfile({ profile_queue: queue, profileId: '11', sp_campaign_count: 5, sb_campaign_count: 3, sd_campaign_count: 2 });
    expect(run.skipped).toBe(true);
    expect(run.nextRequest).toBe('first-request-id');
    expect(run.environment).toMatchObject({
      profileId: '9007199254740995',
      profile_country_code: 'JP',
      profile_account_name: 'Tokyo',
      sp_campaign_count: '',
      sb_campaign_count: '',
      sd_campaign_count: '',
    });
    expect(JSON.parse(String(run.environment.profile_queue))).toEqual([['22', 'CA', '']]);
    const last = await nextProfile({ profile_queue: String(run.environment.profile_queue) });
    expect(last.environment).toMatchObject({ profileId: '22', profile_queue: '' });
    expect(last.nextRequest).toBe('first-request-id');
  });

  test('an empty queue lets the run go on after the step', async () => {
    const run = await nextProfile({ profile_queue: '', profileId: '11' });
    expect(run.skipped).toBe(true);
    expect(run.nextRequest).toBeUndefined();
    expect(run.environment.profileId).toBe('11');
    expect(run.failures).toEqual([]);
  });

  test('a queue that is not the list select-profile leaves fails with malformed_response and ends the loop', async () => {
    for (const queue of ['{"a":1}', 'not json', '[[]]']) {
      const run = await nextProfile({ profile_queue: queue, profileId: '11' });
      expect(run.failures).toEqual([expect.stringMatching(/^malformed_response: profile_queue is not the list select-profile leaves/)]);
      expect(run.nextRequest).toBeUndefined();
      expect(run.environment).toMatchObject({ profileId: '11', profile_queue: '' });
    }
  });
});
