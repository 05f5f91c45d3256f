import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type EmulatorOptions } from '../../../src/emulator/index.js';
import type { RunFlags } from '../../../src/config/run-settings.js';
import { runCollection } from '../../../src/run/run-collection.js';
import { groupedNumber } from '../../../src/run/plugins/paging-progress.js';
import { demo, emulatorRunOptions, runAgainstEmulator, screenOf } from '../helpers.js';

/** Runs against an emulator printing to a fake stdout stream (isTTY as given), as the CLI does; returns what it received. */
async function runToStream(emulatorOptions: EmulatorOptions, flags: RunFlags, isTTY: boolean): Promise<{ exitCode: number; raw: string }> {
  const emulator = await startEmulator(emulatorOptions);
  const stream = Object.assign(new PassThrough(), { isTTY });
  let raw = '';
  stream.on('data', (chunk: Buffer) => void (raw += chunk.toString('utf8')));
  try {
    const options = emulatorRunOptions(emulator, emulatorOptions.region, flags);
    const outcome = await runCollection(options, {
      credentials: demo,
      environmentValues: { retry_after_cap_seconds: '0' },
      stream: stream as unknown as NodeJS.WriteStream,
    });
    return { exitCode: outcome.exitCode, raw };
  } finally {
    await emulator.stop();
  }
}

const pageLine = / page \d+ · /;

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

  describe('printed to a stream', () => {
    const emulator = { region: 'na' as const, campaigns: 7, sbCampaigns: 3, sdCampaigns: 2, pageSize: 3 };
    afterEach(() => void vi.unstubAllEnvs());

    it('on a terminal: one updating line per list (\\r), no escape codes with NO_COLOR or --color off', async () => {
      vi.stubEnv('NO_COLOR', '1');
      for (const flags of [{ pageSize: '3' }, { pageSize: '3', color: 'off' }]) {
        if (flags.color) vi.unstubAllEnvs();
        const { exitCode, raw } = await runToStream(emulator, flags, true);
        expect(exitCode).toBe(0);
        expect(raw).not.toContain('\u001b');
        // every SP page was shown, each over the one before
        expect(raw).toMatch(/ {2}SP page 1 · 3 campaigns\r +\r {2}SP page 2 · 6 campaigns/);
        const screen = screenOf(raw);
        expect(screen.filter((line) => pageLine.test(line)).map((line) => line.trim())).toEqual([
          'SB page 1 · 3 campaigns',
          'SD page 1 · 2 campaigns',
          'SP page 3 · 7 campaigns',
        ]);
        // the request lines are all still there, the progress line below the last one, the summary after it
        expect(screen.filter((line) => line === '→ List SP campaigns')).toHaveLength(3);
        const last = screen.indexOf('  SP page 3 · 7 campaigns');
        expect(screen.lastIndexOf('→ List SP campaigns')).toBeLessThan(last);
        expect(screen.indexOf('Run summary')).toBeGreaterThan(last);
      }
    });

    it('not a terminal: one line per page, no \\r', async () => {
      const { exitCode, raw } = await runToStream(emulator, { pageSize: '3' }, false);
      expect(exitCode).toBe(0);
      expect(raw).not.toContain('\r');
      expect(raw.split('\n').filter((line) => pageLine.test(line)).map((line) => line.trim())).toEqual([
        'SB page 1 · 3 campaigns',
        'SD page 1 · 2 campaigns',
        'SP page 1 · 3 campaigns',
        'SP page 2 · 6 campaigns',
        'SP page 3 · 7 campaigns',
      ]);
    });
  });
});
