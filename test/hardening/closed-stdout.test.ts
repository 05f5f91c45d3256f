/**
 * A closed stdout pipe (issue 17, item 6): `npm run collection … | head -2`. The reader goes away
 * after two lines; the run must not crash on EPIPE: no stack trace, its reports and exported
 * environment written whole, and the exit code its own (0 for a passing run).
 */
import { describe, expect, it } from 'vitest';
import { cliEntry, tsxBin } from '../support/spawn-cli.js';
import { cleanEnv, demo, expectFilesSound, spawnRun, stderrLines, workspace, writeEverything } from './harness.js';
import { expectCase } from './failure-cases.js';

describe('stdout closed by its reader', { timeout: 240_000 }, () => {
  it('`| head -2`: no EPIPE crash, files written, the run exits with its own code', async () => {
    const ws = workspace(demo);
    try {
      const args = [tsxBin, cliEntry, 'collection', '--emulator', ...writeEverything(ws)];
      // bash reports the runner's exit code, not head's
      const ran = await spawnRun('bash', ['-c', '"$@" | head -2; exit "${PIPESTATUS[0]}"', 'pipe', ...args], { cwd: ws.dir, env: cleanEnv() });
      expect(ran.stdout.split('\n').filter(Boolean)).toHaveLength(2);
      expect(stderrLines(ran), ran.stderr).toEqual([]);
      expect(ran.code, ran.stderr).toBe(0);
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('stdout-closed', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
    }
  });
});
