/**
 * Output files (issue 17, item 10): every file the run writes is checked before the first request,
 * and the ones users point at odd places are written as they mean it. A report name that is a folder
 * and a name longer than the file system allows are usage errors (exit 2) with no request sent and
 * nothing written; a 245-character export name, a symlinked export target (kept a link), a FIFO and
 * a process substitution (`--export-environment >(cat > out.json)`, a /dev/fd/N pipe) all get the
 * exported environment, whole, with no temp file left.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { cliEntry, tsxBin } from '../support/spawn-cli.js';
import { cleanEnv, collection, demo, expectFilesSound, expectOneErrorLine, spawnRun, stderrLines, workspace, type Ran, type Workspace } from './harness.js';
import { expectCase } from './failure-cases.js';
import { readAll } from '../support/read-all.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

const secrets = [demo.client_secret, demo.refresh_token];
const profilesRun = (ws: Workspace) => ['--envFile', ws.envFile, '--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`, '--folder', 'profiles'];

/** A passing run whose exported environment went to `where`: exit 0, nothing on stderr, no temp file. */
function expectExported(ran: Ran, ws: Workspace, text: string): void {
  expect(ran.code, ran.stderr).toBe(0);
  expect(stderrLines(ran)).toEqual([]);
  const exported = JSON.parse(text) as { values: Array<{ key: string; value: unknown }> };
  expect(exported.values.find((entry) => entry.key === 'profileId')?.value).toMatch(/^\d+$/);
  for (const secret of secrets) expect(text).not.toContain(secret);
  expectFilesSound(ws, { reports: false, exported: false });
}

describe('outputs that cannot be written: exit 2 before any request, nothing written', { timeout: 240_000 }, () => {
  it('a report file name that is a folder (EISDIR)', async () => {
    const ws = workspace(demo);
    try {
      fs.mkdirSync(path.join(ws.reportDir, 'amazon-ads-api.na.junit.xml'), { recursive: true });
      const before = emulator.stats.requests;
      const ran = await collection([...profilesRun(ws), '--reporters', 'cli,junit,json', '--report-dir', ws.reportDir, '--export-environment', ws.exported], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toMatch(/^error: --reporters junit: report file .*amazon-ads-api\.na\.junit\.xml is a folder: remove that folder or choose another --report-dir$/);
      expect(ran.stdout).toBe('');
      expect(emulator.stats.requests).toBe(before);
      expectFilesSound(ws, { reports: false, exported: false });
      expectCase('report-name-is-folder', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('an export name longer than the file system allows (ENAMETOOLONG)', async () => {
    const ws = workspace(demo);
    try {
      const before = emulator.stats.requests;
      const ran = await collection([...profilesRun(ws), '--export-environment', `${'n'.repeat(256)}.json`], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toMatch(/^error: --export-environment \S+\/n{256}\.json has a name longer than the file system allows: choose a shorter name$/);
      expect(emulator.stats.requests).toBe(before);
      expectFilesSound(ws, { reports: false, exported: false });
      expectCase('export-name-too-long', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});

describe('exports users point at odd places are written as they mean it', { timeout: 240_000 }, () => {
  it('a 245-character export name: written, mode 0600, the temp name fitted', async () => {
    const ws = workspace(demo);
    try {
      const name = `${'e'.repeat(240)}.json`;
      const ran = await collection([...profilesRun(ws), '--export-environment', name], { cwd: ws.dir });
      const file = path.join(ws.dir, name);
      expectExported(ran, ws, fs.readFileSync(file, 'utf8'));
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expectCase('export-long-name', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('a symlinked export target: the link stays, the file it points to is written', async () => {
    const ws = workspace(demo);
    try {
      const real = path.join(ws.dir, 'kept', 'final.json');
      fs.mkdirSync(path.dirname(real));
      fs.writeFileSync(real, 'old');
      fs.symlinkSync(real, ws.exported);
      const ran = await collection([...profilesRun(ws), '--export-environment', ws.exported], { cwd: ws.dir });
      expect(fs.lstatSync(ws.exported).isSymbolicLink()).toBe(true);
      expect(fs.statSync(real).mode & 0o777).toBe(0o600);
      fs.rmSync(ws.exported); // the link is checked; expectFilesSound wants no export at the workspace's own name
      expectExported(ran, ws, fs.readFileSync(real, 'utf8'));
      expectCase('export-symlink', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('a FIFO: written in place to its reader, still a FIFO', async () => {
    const ws = workspace(demo);
    try {
      const fifo = path.join(ws.dir, 'export.fifo');
      execFileSync('mkfifo', [fifo]);
      const read = readAll(fifo);
      const ran = await collection([...profilesRun(ws), '--export-environment', fifo], { cwd: ws.dir });
      expectExported(ran, ws, await read);
      expect(fs.statSync(fifo).isFIFO()).toBe(true);
      expectCase('export-fifo', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('a process substitution (`--export-environment >(cat > out.json)`): the /dev/fd pipe is written directly', async () => {
    const ws = workspace(demo);
    try {
      const out = path.join(ws.dir, 'out.json');
      // bash hands the command /dev/fd/N; `wait $!` waits for the substitution's cat to finish writing
      const script = '"$0" "$@" --export-environment >(cat > "$OUT"); code=$?; wait $!; exit $code';
      const ran = await spawnRun('bash', ['-c', script, tsxBin, cliEntry, 'collection', ...profilesRun(ws)], { cwd: ws.dir, env: cleanEnv({ OUT: out }) });
      expectExported(ran, ws, fs.readFileSync(out, 'utf8'));
      expectCase('export-process-substitution', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});

describe('an output that fails after the run', { timeout: 240_000 }, () => {
  it('the exported environment on a full disk (/dev/full): the summary, the other files, one output_not_written line, exit 1', async () => {
    const ws = workspace(demo);
    try {
      const ran = await collection([...profilesRun(ws), '--reporters', 'cli,junit,json', '--report-dir', ws.reportDir, '--export-environment', '/dev/full'], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 1)).toMatch(/^error: output_not_written: .*\/dev\/full \(ENOSPC\) - free disk space/);
      expect(ran.stdout).toMatch(/Run summary[\s\S]*result +failed/);
      expectFilesSound(ws, { reports: true, exported: false });
      expectCase('export-disk-full', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});
