import { describe, expect, it } from 'vitest';
import { groupedNumber } from '../../../src/run/plugins/paging-progress.js';
import { runAgainstEmulator } from '../helpers.js';

describe('paging progress', () => {
  it('groups thousands with a space', () => {
    expect(groupedNumber(12000)).toBe('12 000');
    expect(groupedNumber(999)).toBe('999');
    expect(groupedNumber(1234567)).toBe('1 234 567');
  });

  it('prints one line per campaign page with the running count; nothing with --silent', async () => {
    const emulator = { region: 'na' as const, campaigns: 7, sbCampaigns: 3, sdCampaigns: 2, pageSize: 3 };
    const { outcome, stdout } = await runAgainstEmulator(emulator, { pageSize: '3' });
    expect(outcome.exitCode).toBe(0);
    const progress = stdout.split('\n').filter((line) => / page \d+ · /.test(line)).map((line) => line.trim());
    expect(progress).toEqual(['SB page 1 · 3 campaigns', 'SD page 1 · 2 campaigns', 'SP page 1 · 3 campaigns', 'SP page 2 · 6 campaigns', 'SP page 3 · 7 campaigns']);
    const silent = await runAgainstEmulator(emulator, { pageSize: '3', silent: true });
    expect(silent.outcome.exitCode).toBe(0);
    expect(silent.stdout).toBe('');
  });

  it('over several profiles, every profile\'s lists count their pages from 1 again', async () => {
    const emulator = { region: 'na' as const, profiles: 2, campaigns: 7, sbCampaigns: 3, sdCampaigns: 2, pageSize: 3 };
    const { outcome, stdout } = await runAgainstEmulator(emulator, { pageSize: '3', allProfiles: true });
    expect(outcome.exitCode).toBe(0);
    const progress = stdout.split('\n').filter((line) => / page \d+ · |^ {2}Profile \d/.test(line)).map((line) => line.trim().replace(/^(Profile \d\/\d) · .*$/, '$1'));
    const one = ['SB page 1 · 3 campaigns', 'SD page 1 · 2 campaigns', 'SP page 1 · 3 campaigns', 'SP page 2 · 6 campaigns', 'SP page 3 · 7 campaigns'];
    expect(progress).toEqual(['Profile 1/2', ...one, 'Profile 2/2', ...one]);
  });
});
