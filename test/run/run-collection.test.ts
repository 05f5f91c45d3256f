/**
 * End to end through Newman against the emulator, in-process: regions, folder selections, profile
 * choice, paging, token grants, recovery from 429 / 5xx.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regions, regionIds } from '../../src/core/regions.js';
import { profilesOf, runAgainstEmulator, summaryLines } from './helpers.js';

describe('runCollection against the emulator', () => {
  for (const region of regionIds) {
    it(`runs auth, profiles and campaigns in ${region}`, async () => {
      const { emulator, outcome } = await runAgainstEmulator({ region });
      expect(outcome.exitCode).toBe(0);
      expect(outcome.report.passed).toBe(true);
      expect(outcome.report.region).toBe(region);
      expect(regions[region].marketplaces).toContain(outcome.report.profile.country);
      expect(outcome.report.profile.id).toMatch(/^\d+$/);
      expect(outcome.report.profile.accountName).toMatch(/Emulator/);
      expect(outcome.report.campaigns).toEqual({ sp: 5, sb: 3, sd: 2 });
      expect(emulator.stats.grants.refresh_token).toBe(1);
      expect(emulator.stats.routes['GET /v2/profiles']).toBe(1);
      expect(outcome.contactedOrigins).toEqual([emulator.url]);
      const lines = summaryLines(outcome.summaryText);
      expect(lines.region).toBe(`${region} (${regions[region].label})`);
      expect(lines.campaigns).toBe('SP 5, SB 3, SD 2');
      expect(lines.result).toBe('passed');
    });
  }

  it('sets max_pages from --max-pages, and strict_profile_choice only when a profile was asked for', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-values-'));
    try {
      const valuesOf = async (flags: Parameters<typeof runAgainstEmulator>[1]) => {
        const file = path.join(dir, 'final.postman_environment.json');
        const { outcome } = await runAgainstEmulator({ region: 'na' }, { folder: ['auth'], exportEnvironment: file, ...flags });
        expect(outcome.exitCode).toBe(0);
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { values: Array<{ key: string; value: unknown }> };
        return Object.fromEntries(json.values.map((entry) => [entry.key, entry.value]));
      };
      const asked = await valuesOf({ profileId: '123', maxPages: '7' });
      expect(asked).toMatchObject({ strict_profile_choice: 'true', max_pages: '7', profileId: '123' });
      const byCountry = await valuesOf({ country: 'ca' });
      expect(byCountry).toMatchObject({ strict_profile_choice: 'true', max_pages: '10000', profile_country: 'CA' });
      const free = await valuesOf({});
      expect(free.strict_profile_choice ?? '').not.toBe('true');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--folder auth only refreshes the token', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na' }, { folder: ['auth'] });
    expect(outcome.exitCode).toBe(0);
    expect(emulator.stats.routes).toEqual({ 'POST /auth/o2/token': 1 });
    expect(outcome.report.requests.total).toBe(1);
    expect(outcome.report.campaigns).toEqual({});
  });

  it('--folder profiles refreshes once through the pre-request script and chooses a profile', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'eu' }, { folder: ['profiles'] });
    expect(outcome.exitCode).toBe(0);
    expect(emulator.stats.routes).toEqual({ 'POST /auth/o2/token': 1, 'GET /v2/profiles': 1 });
    expect(outcome.report.profile.country).toBe('UK');
    expect(summaryLines(outcome.summaryText).campaigns).toBe('SP -, SB -, SD -');
  });

  it('--folder auth --folder profiles runs both, with one grant', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'fe' }, { folder: ['profiles', 'auth'] });
    expect(outcome.exitCode).toBe(0);
    expect(emulator.stats.grants.refresh_token).toBe(1);
    expect(emulator.stats.routes['GET /v2/profiles']).toBe(1);
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
  });

  it('--folder campaigns with --profile-id lists that profile\'s campaigns without listing profiles', async () => {
    const [, second] = await profilesOf('na');
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na' }, { folder: ['campaigns'], profileId: String(second.profileId) });
    expect(outcome.exitCode).toBe(0);
    expect(emulator.stats.routes['GET /v2/profiles']).toBeUndefined();
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBe(1);
    expect(emulator.stats.grants.refresh_token).toBe(1);
    expect(outcome.report.profile.id).toBe(String(second.profileId));
    expect(outcome.report.campaigns).toEqual({ sp: 5, sb: 3, sd: 2 });
  });

  it('chooses the profile by id', async () => {
    const profiles = await profilesOf('eu');
    const wanted = profiles[3];
    const { outcome } = await runAgainstEmulator({ region: 'eu' }, { profileId: String(wanted.profileId) });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.profile).toMatchObject({ id: String(wanted.profileId), country: wanted.countryCode });
  });

  it('chooses the profile by country', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'eu' }, { country: 'de' });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.profile.country).toBe('DE');
    expect(summaryLines(outcome.summaryText).profile).toMatch(/^\d+ DE "Emulator .* DE"$/);
  });

  it('follows every page and counts every campaign, with one token grant', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na', campaigns: 23, sbCampaigns: 9, sdCampaigns: 10, pageSize: 4 });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.campaigns).toEqual({ sp: 23, sb: 9, sd: 10 });
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBe(6);
    expect(emulator.stats.routes['POST /sb/v4/campaigns/list']).toBe(3);
    expect(emulator.stats.routes['GET /sd/campaigns']).toBeGreaterThanOrEqual(3);
    expect(emulator.stats.grants.refresh_token).toBe(1);
    expect(outcome.report.failures).toEqual([]);
  });

  it('--page-size sets the page of the list calls, and every page is still followed', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na', campaigns: 10, sbCampaigns: 4, sdCampaigns: 4 }, { pageSize: 3 });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.campaigns).toEqual({ sp: 10, sb: 4, sd: 4 });
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBe(4);
    expect(emulator.stats.routes['POST /sb/v4/campaigns/list']).toBe(2);
    expect(emulator.stats.routes['GET /sd/campaigns']).toBe(2);
  });

  it('recovers from 429 responses by waiting and retrying the same request', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na', throttle: 3, retryAfterSeconds: 0 });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.campaigns).toEqual({ sp: 5, sb: 3, sd: 2 });
    // 3 throttled answers on top of the 5 Ads API calls of a clean run
    expect(emulator.stats.requests - emulator.stats.routes['POST /auth/o2/token']).toBe(5 + 3);
    expect(emulator.stats.grants.refresh_token).toBe(1);
  });

  it('recovers from 5xx responses with backoff', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'eu', serverErrors: 2 });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.campaigns).toEqual({ sp: 5, sb: 3, sd: 2 });
    expect(emulator.stats.requests - emulator.stats.routes['POST /auth/o2/token']).toBe(5 + 2);
  });

  it('recovers from an access token that expires early (401): refreshes once and retries', async () => {
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na', expireTokensAfterCalls: 2 });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.campaigns).toEqual({ sp: 5, sb: 3, sd: 2 });
    expect(emulator.stats.grants.refresh_token).toBe(2);
  });

  it('drops response bodies from the executions Newman keeps (memory stays bounded on long runs)', async () => {
    const { outcome } = await runAgainstEmulator(
      { region: 'na', campaigns: 12, pageSize: 3 },
      { reporters: 'json', reportDir: `/tmp/run-bodies-${process.pid}` },
    );
    expect(outcome.exitCode).toBe(0);
    const fs = await import('node:fs');
    const report = JSON.parse(fs.readFileSync(outcome.report.reportFiles[0], 'utf8'));
    const executions = report.run.executions as Array<{ response?: { stream?: unknown; code?: number } }>;
    expect(executions.length).toBeGreaterThan(5);
    for (const execution of executions) {
      expect(execution.response?.code).toBe(200);
      expect(execution.response?.stream).toBeUndefined();
    }
    fs.rmSync(`/tmp/run-bodies-${process.pid}`, { recursive: true, force: true });
  });
});
