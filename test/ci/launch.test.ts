/**
 * scripts/launch.mjs, the way every npm script and the `amazon-ads-collection` bin start the CLI:
 * stopping npm stops the command it launched (emulator and runner), SIGTERM ends the runner with 143
 * and no temporary file, and an interrupted compile of .build/ leaves no `.build-tmp-*` folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import module from 'node:module';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { demoCredentials, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { cleanEnv, projectRoot } from '../support/spawn-cli.js';
import { commandLineOf, descendantRunning, descendantsOf, isRunning, waitFor } from '../support/process-tree.js';

const linux = process.platform === 'linux';
const children: ChildProcess[] = [];
const strays: number[] = [];
const dirs: string[] = [];
const emulators: Emulator[] = [];

afterEach(async () => {
  for (const pid of strays.splice(0)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(emulators.splice(0).map((emulator) => emulator.stop()));
});
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv = cleanEnv(), cwd = projectRoot): Started {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exit };
}

/** The runner pointed at `emulator` with the demo credentials in its environment, as a user with a .env would run it. */
function collectionArgs(emulator: Emulator, reportDir: string): string[] {
  return ['--region', 'eu', '--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`, '--reporters', 'cli,junit', '--report-dir', reportDir];
}

function credentialsEnv(): NodeJS.ProcessEnv {
  return cleanEnv({
    AMAZON_ADS_CLIENT_ID: demoCredentials.client_id,
    AMAZON_ADS_CLIENT_SECRET: demoCredentials.client_secret,
    AMAZON_ADS_REFRESH_TOKEN: demoCredentials.refresh_token,
  });
}

/** A slow emulator (every answer waits), so a run is still going when the test stops it. */
async function slowEmulator(): Promise<Emulator> {
  const emulator = await startEmulator({ region: 'eu', latencyMs: 800 });
  emulators.push(emulator);
  return emulator;
}

const temporaryFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.tmp')) : []);

describe.skipIf(!linux)('kill -TERM <npm pid> stops what npm launched', () => {
  it('npm run emulator: the emulator stops serving', async () => {
    const npm = start('npm', ['run', '-s', 'emulator', '--', '--port', '0']);
    expect(await waitFor(() => npm.output().includes('\n'), 30_000)).toBe(true);
    const { url } = JSON.parse(npm.output().split('\n')[0]) as { url: string };
    const emulator = descendantRunning(npm.child.pid!, 'scripts/launch.mjs');
    strays.push(emulator);

    process.kill(npm.child.pid!, 'SIGTERM');
    await npm.exit;
    expect(await waitFor(() => !isRunning(emulator), 5_000)).toBe(true);
    await expect(fetch(`${url}/v2/profiles`)).rejects.toThrow();
  });

  it('npm run collection: the run stops sending requests and leaves no temporary file', async () => {
    const emulator = await slowEmulator();
    const reports = tempDir('launch-npm-');
    const npm = start('npm', ['run', '-s', 'collection', '--', ...collectionArgs(emulator, reports)], credentialsEnv());
    expect(await waitFor(() => emulator.stats.requests >= 1, 30_000)).toBe(true);
    const runner = descendantRunning(npm.child.pid!, 'scripts/launch.mjs');
    strays.push(runner);

    process.kill(npm.child.pid!, 'SIGTERM');
    await npm.exit;
    expect(await waitFor(() => !isRunning(runner), 5_000)).toBe(true);
    const sent = emulator.stats.requests;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(emulator.stats.requests).toBe(sent);
    expect(temporaryFiles(reports)).toEqual([]);
  });

  it('npm run auth waiting for the browser: it stops and writes no env file', async () => {
    const emulator = await slowEmulator();
    const dir = tempDir('launch-auth-');
    const envFile = path.join(dir, 'new.env');
    const args = ['--region', 'eu', '--no-browser', '--redirect-uri', 'http://127.0.0.1:0/callback', '--env-file', envFile];
    const urls = ['--auth-grant-url', `${emulator.url}/ap/oa`, '--token-url', `${emulator.url}/auth/o2/token`, '--api-url', emulator.url];
    const npm = start('npm', ['run', '-s', 'auth', '--', ...args, ...urls], credentialsEnv());
    expect(await waitFor(() => npm.output().includes('/ap/oa?'), 30_000)).toBe(true);
    const auth = descendantRunning(npm.child.pid!, 'scripts/launch.mjs');
    strays.push(auth);

    process.kill(npm.child.pid!, 'SIGTERM');
    await npm.exit;
    expect(await waitFor(() => !isRunning(auth), 5_000)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    expect(npm.output()).not.toContain(demoCredentials.client_secret);
  });
});

describe.skipIf(!linux)('SIGTERM to the launched runner', () => {
  it('exits 143, no temporary file, nothing half-written', async () => {
    const emulator = await slowEmulator();
    const reports = tempDir('launch-term-');
    const run = start(process.execPath, ['scripts/launch.mjs', 'collection', '--', ...collectionArgs(emulator, reports)], credentialsEnv());
    expect(await waitFor(() => emulator.stats.requests >= 2, 30_000)).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exit).toEqual({ code: 143, signal: null });
    expect(temporaryFiles(reports)).toEqual([]);
    expect(run.output()).not.toContain(demoCredentials.client_secret);
    expect(run.output()).not.toContain(demoCredentials.refresh_token);
  });
});

/** A copy of the project's launcher and sources in a temporary folder, so its .build/ is its own. */
function launcherProject(fillerFiles: number): string {
  const dir = tempDir('launch-project-');
  mkdirSync(path.join(dir, 'scripts'));
  cpSync(path.join(projectRoot, 'scripts/launch.mjs'), path.join(dir, 'scripts/launch.mjs'));
  cpSync(path.join(projectRoot, 'scripts/launch'), path.join(dir, 'scripts/launch'), { recursive: true });
  cpSync(path.join(projectRoot, 'scripts/install'), path.join(dir, 'scripts/install'), { recursive: true });
  cpSync(path.join(projectRoot, 'src'), path.join(dir, 'src'), { recursive: true });
  cpSync(path.join(projectRoot, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  cpSync(path.join(projectRoot, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // More to compile, so the test can interrupt the compile while it runs.
  mkdirSync(path.join(dir, 'src/filler'));
  for (let i = 0; i < fillerFiles; i++) {
    writeFileSync(path.join(dir, `src/filler/f${i}.ts`), `export const value${i}: number = ${i};\nexport function twice${i}(x: number): number {\n  return x * 2 + value${i};\n}\n`);
  }
  return dir;
}

/** The launcher's .build/ and temporary folders (.build-cache/ is Node's compile cache, on Node 22.1+: not the launcher's to remove). */
const buildFolders = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.build') && name !== '.build-cache');

describe('an interrupted compile of .build/', () => {
  for (const [who, group] of [
    ['the launcher', false],
    ['its whole process group, esbuild included (a terminal\'s Ctrl-C)', true],
  ] as const) {
    it(`Ctrl-C to ${who} while esbuild compiles: exit 130, and no .build-tmp-* folder, not even a moment later`, async () => {
      const dir = launcherProject(3000);
      const child = spawn(process.execPath, [path.join(dir, 'scripts/launch.mjs'), '--version'], { cwd: dir, env: cleanEnv(), stdio: 'ignore', detached: group });
      children.push(child);
      const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      const compiling = await waitFor(() => descendantsOf(child.pid!).some((pid) => commandLineOf(pid).includes('esbuild')), 30_000);
      expect(compiling).toBe(true);
      if (group) process.kill(-child.pid!, 'SIGINT');
      else child.kill('SIGINT');
      expect(await exit).toEqual({ code: 130, signal: null });
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // what esbuild might still write
      expect(buildFolders(dir).filter((name) => name !== '.build')).toEqual([]);
      // .build/ is either absent or complete (the interrupt came after the swap)
      if (existsSync(path.join(dir, '.build'))) expect(existsSync(path.join(dir, '.build/.stamp'))).toBe(true);
    });
  }

  it('removes folders left by a launcher that was killed outright, and keeps a running one', async () => {
    const dir = launcherProject(0);
    const dead = path.join(dir, '.build-tmp-4194305-abc123'); // above Linux's largest pid: never running
    const oldDead = path.join(dir, '.build-old-4194305');
    const live = path.join(dir, `.build-tmp-${process.pid}-abc123`); // this test's own pid: running
    for (const folder of [dead, oldDead, live]) mkdirSync(folder);
    const launch = start(process.execPath, [path.join(dir, 'scripts/launch.mjs'), '--version'], cleanEnv(), dir);
    expect(await launch.exit).toEqual({ code: 0, signal: null });
    expect(launch.output().trim()).toBe('0.1.0');
    expect(buildFolders(dir).sort()).toEqual(['.build', path.basename(live)]);
  });
});

describe("Node's compile cache", () => {
  it('is kept in .build-cache/ beside .build/ where Node has one (22.1+); Node 20 runs without it', async () => {
    const cacheDir = path.join(projectRoot, '.build-cache');
    const ofThisNode = () => (existsSync(cacheDir) ? readdirSync(cacheDir) : []).filter((name) => name.startsWith(`${process.version}-`));
    // start without this Node's cache (deleting it is always safe: the next start writes it again)
    for (const name of ofThisNode()) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
    const launch = start(process.execPath, ['scripts/launch.mjs', '--version'], cleanEnv());
    expect(await launch.exit).toEqual({ code: 0, signal: null });
    const ours = ofThisNode();
    const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    expect(ours.length).toBe(hasCache ? 1 : 0);
    if (hasCache) expect(readdirSync(path.join(cacheDir, ours[0])).length).toBeGreaterThan(10);
  });
});
