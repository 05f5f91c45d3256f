/**
 * `--api unified` as a user runs it (spawned): token -> advertiser account -> every page of the
 * Unified API campaigns query, the summary with the account and the campaigns per ad product, exit
 * codes, no secret in the output, and the account causes.
 */
import { describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { collection, spawnRun, type Ran } from '../support/spawn-cli.js';
import { demo, emulatorEnv, summaryLines } from './helpers.js';

const queryRoute = 'POST /adsApi/v1/query/campaigns';

function expectNoSecret(result: Ran): void {
  for (const secret of [demo.client_secret, demo.refresh_token]) expect(result.output).not.toContain(secret);
  expect(result.output).not.toMatch(/Atza\|/);
}

/** The CLI spawned against an emulator started here (so the test can set its faults and read its stats). */
async function againstEmulator(options: EmulatorOptions, args: string[]) {
  const emulator = await startEmulator(options);
  try {
    const result = await collection(['--region', options.region ?? 'na', '--api', 'unified', ...args], {
      env: emulatorEnv(emulator),
    });
    return { result, stats: emulator.stats };
  } finally {
    await emulator.stop();
  }
}

describe('npm run collection -- --api unified', () => {
  it('`--region eu --emulator --api unified --page-size 2` exits 0 and counts the campaigns of every page per ad product', async () => {
    const result = await spawnRun('npm', ['run', '--silent', 'collection', '--', '--region', 'eu', '--emulator', '--api', 'unified', '--page-size', '2']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // one query per ad product, 2 campaigns a page: SP 5 -> 3 pages, SB 3 -> 2, SD 2 -> 1, ST 0 -> 1
    expect(result.stdout.match(/→ Query campaigns\n/g)?.length).toBe(7);
    expect(result.stdout).not.toContain('List SP campaigns');
    const summary = summaryLines(result.stdout.slice(result.stdout.indexOf('Run summary')));
    expect(summary.region).toBe('eu (Europe)');
    expect(summary.account).toMatch(/^\S+ [A-Z]{2} ".+"$/);
    expect(summary.campaigns).toBe('SPONSORED_BRANDS 3, SPONSORED_DISPLAY 2, SPONSORED_PRODUCTS 5 (total 10)');
    expect(summary.requests).toBe('9, 0 failed');
    expect(summary.result).toBe('passed');
    expectNoSecret(result);
  }, 90_000);

  it('with the emulator throttling the first 2 calls, the retries pass: exit 0', async () => {
    const { result, stats } = await againstEmulator({ region: 'eu', throttle: 2 }, ['--page-size', '4']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(summaryLines(result.stdout.slice(result.stdout.indexOf('Run summary'))).campaigns).toMatch(/\(total 10\)$/);
    expect(stats.grants.refresh_token).toBe(1);
    expect(stats.routes[queryRoute]).toBeGreaterThanOrEqual(3);
    expectNoSecret(result);
  }, 90_000);

  it('with --campaigns 0 (no SP campaigns) exits 0 and counts what is there', async () => {
    const { result } = await againstEmulator({ region: 'eu', campaigns: 0 }, []);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(summaryLines(result.stdout.slice(result.stdout.indexOf('Run summary'))).campaigns).toBe('SPONSORED_BRANDS 3, SPONSORED_DISPLAY 2 (total 5)');
  }, 90_000);

  it('a --profile-id no account lists stops after the account step: exit 1 with account_not_accessible', async () => {
    const { result, stats } = await againstEmulator({ region: 'na' }, ['--profile-id', '999999999']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: account_not_accessible: /);
    expect(stats.routes[queryRoute] ?? 0).toBe(0);
    expectNoSecret(result);
  }, 90_000);

  it('--api unified with --folder is a usage error (exit 2)', async () => {
    const result = await collection(['--emulator', '--api', 'unified', '--folder', 'auth']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('error: --api unified runs its own requests (token, advertiser account, campaigns query): drop --folder, or drop --api unified');
  }, 60_000);
});
