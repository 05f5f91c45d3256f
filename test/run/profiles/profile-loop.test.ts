/**
 * Several profiles in one run, end to end through Newman against the emulator (in-process): the
 * per-profile requests loop over the chosen profiles with one token grant, a table row per profile,
 * the failed profiles named, and a refresh when the token expires mid-run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regions } from '../../../src/core/regions.js';
import { startEmulator } from '../../../src/emulator/index.js';
import { generateProfiles } from '../../../src/emulator/ads/profiles-data.js';
import { failureLineOf } from '../../../src/run/summary/summary.js';
import { collection } from '../../support/spawn-cli.js';
import { demo, emulatorEnv, runAgainstEmulator, summaryLines } from '../helpers.js';

/** The table rows of the printed output (between the "Profiles" header line and the total row). */
function tableRows(stdout: string): string[][] {
  const lines = stdout.split('\n');
  const start = lines.indexOf('Profiles');
  expect(start).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('  ') || line.startsWith('  total')) break;
    rows.push(line.trim().split(/\s{2,}/));
  }
  return rows;
}

describe('several profiles in one run', () => {
  it('--all-profiles over 20 profiles: exit 0, one token grant, one Profiles call, a row per profile with its campaigns, totals', async () => {
    const { emulator, outcome, stdout } = await runAgainstEmulator({ region: 'eu', profiles: 20, campaigns: 3, sbCampaigns: 2, sdCampaigns: 1 }, { allProfiles: true });
    expect(outcome.exitCode).toBe(0);
    expect(emulator.stats.grants.refresh_token).toBe(1);
    expect(emulator.stats.routes['GET /v2/profiles']).toBe(1);
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBe(20);
    const rows = tableRows(stdout);
    expect(rows).toHaveLength(20);
    const countries = regions.eu.marketplaces;
    rows.forEach((row, index) => {
      expect(row[0]).toMatch(/^\d+$/);
      expect(row[1]).toBe(countries[index % countries.length]);
      expect(row[2]).toMatch(/^Emulator (Seller|Vendor) /);
      expect(row.slice(3)).toEqual(['3', '2', '1', 'passed']);
    });
    expect(new Set(rows.map((row) => row[0])).size).toBe(20);
    expect(stdout).toMatch(/\n {2}total \(20\) +60 +40 +20 +20 profiles: 20 passed, 0 failed\n/);
    const lines = summaryLines(outcome.summaryText);
    expect(lines.profiles).toBe('20 profiles: 20 passed, 0 failed');
    expect(lines.campaigns).toBe('SP 60, SB 40, SD 20 (all profiles)');
    expect(lines.result).toBe('passed');
    expect(outcome.report.profiles?.rows).toHaveLength(20);
  });

  it('without a per-profile request selected, the Profiles step only chooses; one unlisted --profile-id is refused as before', async () => {
    const probe = await runAgainstEmulator({ region: 'na', profiles: 8 }, { allProfiles: true, folder: ['auth', 'profiles'] });
    expect(probe.outcome.exitCode).toBe(0);
    const ids = (probe.outcome.report.profiles?.rows ?? []).map((row) => row.id);
    expect(ids).toHaveLength(1); // no per-profile request selected: the Profiles step only checks and chooses
    const { emulator, outcome, stdout } = await runAgainstEmulator({ region: 'na', profiles: 8 }, { profileId: ['9007199254740993'], folder: ['auth', 'profiles'] });
    expect(outcome.exitCode).toBe(1); // the id is not listed: strict as before
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
    expect(stdout).toMatch(/profile 9007199254740993 is not among the profiles/);
  });

  it('a repeated --profile-id: exactly those profiles, in the order given', async () => {
    const all = await runAgainstEmulator({ region: 'na', profiles: 8 }, { allProfiles: true });
    const listed = (all.outcome.report.profiles?.rows ?? []).map((row) => row.id);
    expect(listed).toHaveLength(8);
    const asked = [listed[6], listed[1], listed[3]];
    const { emulator, outcome, stdout } = await runAgainstEmulator({ region: 'na', profiles: 8 }, { profileId: asked });
    expect(outcome.exitCode).toBe(0);
    expect(emulator.stats.grants.refresh_token).toBe(1);
    expect(tableRows(stdout).map((row) => row[0])).toEqual(asked);
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBe(3);
  });

  it('a repeated --country: the first profile of each country; a country without one fails naming it, before any campaign call', async () => {
    const { outcome, stdout } = await runAgainstEmulator({ region: 'eu', profiles: 30 }, { country: ['de', 'FR'] });
    expect(outcome.exitCode).toBe(0);
    expect(tableRows(stdout).map((row) => row[1])).toEqual(['DE', 'FR']);
    const missing = await runAgainstEmulator({ region: 'eu' }, { country: ['DE', 'US', 'JP'] });
    expect(missing.outcome.exitCode).toBe(1);
    expect(missing.emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
    expect(missing.outcome.report.failures[0].message).toMatch(/^no_profile_in_country: no profile in marketplaces US, JP; this login has profiles in UK, /);
    expect(failureLineOf(missing.outcome.report)).toMatch(/^no_profile_in_country: /);
  });

  it('unknown ids among several fail with profile_not_accessible naming them', async () => {
    const { outcome, emulator } = await runAgainstEmulator({ region: 'na' }, { profileId: ['11', '12'] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].message).toMatch(/^profile_not_accessible: profiles 11, 12 are not among the profiles of this login in this region; they are /);
    expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
  });

  it('one failing profile (403 from the emulator) fails the run with exit 1 naming it; the other profiles still run and pass', async () => {
    const { emulator, outcome, stdout } = await runAgainstEmulator({ region: 'na', profiles: 6, deniedProfile: 3 }, { allProfiles: true });
    expect(outcome.exitCode).toBe(1);
    expect(emulator.stats.grants.refresh_token).toBe(1);
    const rows = tableRows(stdout);
    expect(rows).toHaveLength(6);
    expect(rows.map((row) => row.at(-1))).toEqual(['passed', 'passed', 'failed (profile_not_accessible)', 'passed', 'passed', 'passed']);
    const denied = rows[2];
    expect(denied.slice(3, 6)).toEqual(['0', '0', '0']);
    const line = failureLineOf(outcome.report);
    expect(line).toMatch(/^profile_not_accessible: /);
    expect(line).toMatch(new RegExp(`; failed profile: ${denied[0]} \\(${denied[1]}\\)$`));
    expect(summaryLines(outcome.summaryText).profiles).toBe('6 profiles: 5 passed, 1 failed');
  });

  it('a token that expires mid-run is refreshed once: 2 grants, every profile passes', async () => {
    // the emulator's tokens stop working after 12 Ads API calls: the 401 makes the run refresh
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na', profiles: 8, expireTokensAfterCalls: 12 }, { allProfiles: true });
    expect(outcome.exitCode).toBe(0);
    expect(emulator.stats.grants.refresh_token).toBe(2);
    expect(outcome.report.profiles?.rows.every((row) => row.failures === 0)).toBe(true);
  });

  it('a short token lifetime (--token-ttl): the refresh-token script renews the token when it runs out, and the run passes', async () => {
    // expires_in 61 s is within the script's 60 s margin after one second: a run of a few seconds refreshes a few times
    const { emulator, outcome } = await runAgainstEmulator({ region: 'na', profiles: 4, tokenTtlSeconds: 61, latencyMs: 150 }, { allProfiles: true });
    expect(outcome.exitCode).toBe(0);
    expect(emulator.stats.grants.refresh_token).toBeGreaterThanOrEqual(2);
    expect(emulator.stats.grants.refresh_token).toBeLessThan(outcome.report.requests.total);
    expect(outcome.report.profiles?.rows).toHaveLength(4);
  });
});

describe('several profiles with report files', () => {
  it('--reporters junit,json: both files written, every profile\'s requests in them, no secret', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-loop-reports-'));
    try {
      const { outcome, emulator } = await runAgainstEmulator({ region: 'na', profiles: 3 }, { allProfiles: true, reporters: 'cli,junit,json', reportDir: dir });
      expect(outcome.exitCode).toBe(0);
      const json = fs.readFileSync(path.join(dir, 'amazon-ads-api.na.newman.json'), 'utf8');
      const junit = fs.readFileSync(path.join(dir, 'amazon-ads-api.na.junit.xml'), 'utf8');
      const executions = (JSON.parse(json) as { run: { executions: Array<{ item: { name: string } }> } }).run.executions;
      expect(executions.filter((execution) => execution.item.name === 'List SP campaigns')).toHaveLength(3);
      expect(emulator.stats.routes['POST /sp/campaigns/list']).toBe(3);
      for (const text of [json, junit]) {
        for (const secret of [demo.client_secret, demo.refresh_token]) expect(text).not.toContain(secret);
        // every secret the run knew (also the access token it was issued), in any spelling: nothing to mask
        expect(outcome.redactor.redact(text)).toBe(text);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('several profiles, as a user runs it (spawned)', () => {
  it('`--all-profiles --emulator`: exit 0, a row per profile of the region, nothing on stderr', async () => {
    const result = await collection(['--region', 'eu', '--emulator', '--all-profiles']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(tableRows(result.stdout).map((row) => row[1])).toEqual([...regions.eu.marketplaces]);
    expect(result.stdout).toMatch(/\n {2}result {6}passed\n/);
  });

  it('`--profile-id` three times with one of them refused (403): exit 1, one stderr line naming it, one token grant', async () => {
    const emulator = await startEmulator({ region: 'na', profiles: 5, deniedProfile: 4 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-loop-'));
    try {
      // the emulator's profiles are generated from its seed (default 1)
      const ids = generateProfiles('na', 1, { count: 5 }).map((profile) => String(profile.profileId));
      const result = await collection(['--profile-id', ids[0], '--profile-id', ids[3], '--profile-id', ids[4]], {
        cwd: dir,
        env: emulatorEnv(emulator),
      });
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^error: profile_not_accessible: .*; failed profile: ${ids[3]} \\(BR\\)$`));
      expect(tableRows(result.stdout).map((row) => [row[0], row.at(-1)])).toEqual([
        [ids[0], 'passed'],
        [ids[3], 'failed (profile_not_accessible)'],
        [ids[4], 'passed'],
      ]);
      expect(emulator.stats.grants.refresh_token).toBe(1);
      for (const secret of [demo.client_secret, demo.refresh_token]) expect(result.output).not.toContain(secret);
    } finally {
      await emulator.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
