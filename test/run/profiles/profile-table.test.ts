import { describe, expect, it } from 'vitest';
import { formatProfileTable, profileCampaignTotals, profileCountsText, withFailedProfiles, type ProfileRow } from '../../../src/run/profiles/profile-table.js';
import { cappedName } from '../../../src/run/profiles/profile-results.js';

const row = (id: string, extra: Partial<ProfileRow> = {}): ProfileRow => ({ id, country: 'US', name: `name ${id}`, sp: 5, sb: 3, sd: 2, failures: 0, ...extra });

describe('profile table', () => {
  it('one row per profile, numbers right-aligned, a total row with the counts', () => {
    const text = formatProfileTable({ rows: [row('1'), row('22222222222222', { country: 'CA', sp: 1000, failures: 3, cause: 'profile_not_accessible' })], chosen: 2 });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('Profiles');
    expect(lines[1].split(/\s{2,}/).map((cell) => cell.trim()).filter(Boolean)).toEqual(['profile', 'country', 'name', 'SP', 'SB', 'SD', 'result']);
    expect(lines[2].trim().split(/\s{2,}/)).toEqual(['1', 'US', 'name 1', '5', '3', '2', 'passed']);
    expect(lines[3].trim().split(/\s{2,}/)).toEqual(['22222222222222', 'CA', 'name 22222222222222', '1000', '3', '2', 'failed (profile_not_accessible)']);
    expect(lines[4].trim().split(/\s{2,}/)).toEqual(['total (2)', '1005', '6', '4', '2 profiles: 1 passed, 1 failed']);
    // right-aligned: the SP column ends at the same place on every line
    const spEnd = (line: string, value: string) => line.indexOf(` ${value} `) + value.length + 1;
    expect(spEnd(lines[2], '5')).toBe(spEnd(lines[3], '1000'));
  });

  it('shows - for a list that did not run, and the profiles not reached when the run stopped', () => {
    const results = { rows: [row('1', { sb: undefined, sd: undefined })], chosen: 3 };
    expect(profileCampaignTotals(results)).toBe('SP 5, SB -, SD -');
    expect(profileCountsText(results)).toBe('3 profiles: 1 passed, 0 failed, 2 not run (the run stopped)');
    expect(formatProfileTable(results)).toMatch(/\n {2}1 +US +name 1 +5 +- +- +passed\n/);
  });

  it('names the failed profiles in the failure line, at most 20', () => {
    const failed = (id: string) => row(id, { failures: 1, cause: 'server_error' });
    expect(withFailedProfiles('server_error: x - y', { rows: [row('1'), failed('2')], chosen: 2 })).toBe('server_error: x - y; failed profile: 2 (US)');
    const many = Array.from({ length: 25 }, (_, i) => failed(String(i + 1)));
    expect(withFailedProfiles('line', { rows: many, chosen: 25 })).toMatch(/^line; failed profiles: 1 \(US\), 2 \(US\), .*, 20 \(US\), and 5 more$/);
    expect(withFailedProfiles('line', { rows: [row('1')], chosen: 1 })).toBe('line');
  });

  it('caps long names at 40 characters on one line', () => {
    expect(cappedName('A'.repeat(100))).toBe(`${'A'.repeat(39)}…`);
    expect(cappedName(' two\nlines ')).toBe('two lines');
  });
});
