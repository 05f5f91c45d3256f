/**
 * What a hostile or odd profile list cannot do to a run over every profile (issue 27, D16 and D15),
 * spawned as a user runs it against the emulator behind a proxy that rewrites GET /v2/profiles:
 * control characters in an account name (ESC, BEL: retitle the terminal, erase a line, fake a
 * "result passed") are shown as visible symbols in every line, the --all-profiles table included;
 * a profile listed twice is named and run once (no "not run (the run stopped)" beside "passed").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { startEmulatorProxy } from '../support/emulator-proxy.js';
import { collection, demo, stderrLines, workspace } from './harness.js';
import { expectCase } from './failure-cases.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

const secrets = [demo.client_secret, demo.refresh_token];
type Profile = { profileId: number | string; countryCode?: string; accountInfo?: { name?: string } };

/** `--all-profiles` against the emulator, its profile list changed by `edit`. */
async function allProfilesWith(edit: (profiles: Profile[]) => Profile[]) {
  const front = await startEmulatorProxy(emulator.url, {
    responseBody: (request, body) => (request.method === 'GET' && request.url === '/v2/profiles' ? Buffer.from(JSON.stringify(edit(JSON.parse(body.toString()) as Profile[]))) : body),
  });
  const ws = workspace(demo);
  try {
    const ran = await collection(['--envFile', ws.envFile, '--api-url', front.url, '--token-url', `${front.url}/auth/o2/token`, '--all-profiles'], { cwd: ws.dir });
    return { ran, ws };
  } finally {
    await front.stop();
  }
}

describe('--all-profiles with an odd profile list', { timeout: 240_000 }, () => {
  it('control characters in an account name are shown as visible symbols, in the table too', async () => {
    const hostile = 'Shop\u001b]0;pwned\u0007\u001b[1A\u001b[2K  result passed\u009b';
    const { ran, ws } = await allProfilesWith((profiles) => profiles.map((profile, index) => (index === 0 ? { ...profile, accountInfo: { ...profile.accountInfo, name: hostile } } : profile)));
    try {
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stdout + ran.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      const shown = 'Shop\u241b]0;pwned\u2407\u241b[1A\u241b[2K result passed\ufffd';
      expect(ran.stdout.split('\n').filter((line) => line.includes(shown)).length, ran.stdout).toBeGreaterThanOrEqual(2); // the "Profile 1/n" line and the table row
      expect(ran.stdout).toMatch(/\n {2}result +passed\n/);
      expectCase('profile-name-control-characters', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('a profile listed twice is named and run once: no "not run" beside "passed"', async () => {
    let first = '';
    const { ran, ws } = await allProfilesWith((profiles) => {
      first = String(profiles[0].profileId);
      return [...profiles, { ...profiles[0] }];
    });
    try {
      expect(ran.code, ran.stderr).toBe(0);
      expect(stderrLines(ran)).toEqual([]);
      expect(ran.stdout).not.toContain('not run');
      expect(ran.stdout).toMatch(new RegExp(`\\n {2}profiles +(\\d+) profiles: \\1 passed, 0 failed; listed more than once in the profile list, run once: ${first}\\n`));
      expect(ran.stdout.split('\n').filter((line) => line.startsWith(`  ${first} `))).toHaveLength(1); // one table row
      expectCase('duplicate-profiles', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});
