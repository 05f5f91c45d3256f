/**
 * The `emulator` command as a user runs it: `npx tsx src/cli.ts emulator --port 0 --region eu` prints one
 * JSON line, serves, and exits 0 on SIGTERM / SIGINT; bad flags are one-line usage errors (exit 2).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCredentials } from '../../src/emulator/index.js';
import { descendantRunning } from '../support/process-tree.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const children: ChildProcess[] = [];

/** Runs the CLI through tsx directly (faster than npx) and collects its exit code and output. */
function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/cli.ts', 'emulator', ...args], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface Started {
  child: ChildProcess;
  line: string;
  stderr: () => string;
  stdout: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startCli(args: string[], viaNpx = true): Promise<Started> {
  const [command, prefix] = viaNpx ? ['npx', ['tsx']] : [tsx, []];
  const child = spawn(command, [...prefix, 'src/cli.ts', 'emulator', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      if (stdout.includes('\n')) {
        clearInterval(timer);
        resolve(stdout.slice(0, stdout.indexOf('\n')));
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`emulator exited early: ${stderr}`));
      }
    }, 50);
  });
  return { child, line, exit, stderr: () => stderr, stdout: () => stdout };
}

/** npx and sh do not pass signals on; signal the node process that runs the emulator, as a supervisor would. */
function emulatorProcessOf(pid: number): number {
  return descendantRunning(pid, 'src/cli.ts');
}

const linux = process.platform === 'linux';

describe('npm run emulator', () => {
  it.skipIf(!linux)('prints exactly one JSON line with url, region and credentials, serves it, and exits 0 on SIGTERM', async () => {
    const started = await startCli(['--port', '0', '--region', 'eu']);
    const ready = JSON.parse(started.line);
    expect(ready).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      api_url: ready.url,
      token_url: `${ready.url}/auth/o2/token`,
      auth_grant_url: `${ready.url}/ap/oa`,
      region: 'eu',
      credentials: {
        client_id: demoCredentials.client_id,
        client_secret: demoCredentials.client_secret,
        refresh_token: demoCredentials.refresh_token,
        code: demoCredentials.code,
        redirect_uri: demoCredentials.redirect_uri,
      },
    });
    const { client_id, client_secret, refresh_token } = ready.credentials;
    const token = await fetch(ready.token_url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id, client_secret, refresh_token }).toString(),
    });
    const { access_token } = (await token.json()) as { access_token: string };
    const profiles = await fetch(`${ready.api_url}/v2/profiles`, {
      headers: { 'Amazon-Advertising-API-ClientId': ready.credentials.client_id, Authorization: `Bearer ${access_token}` },
    });
    expect(((await profiles.json()) as Array<{ countryCode: string }>)[0].countryCode).toBe('UK');

    process.kill(emulatorProcessOf(started.child.pid!), 'SIGTERM');
    expect(await started.exit).toEqual({ code: 0, signal: null });
    expect(started.stdout().trim().split('\n')).toHaveLength(1);
    expect(started.stderr()).toBe('');
    expect(started.stdout() + started.stderr()).not.toContain(access_token.slice(5));
    await expect(fetch(`${ready.url}/v2/profiles`)).rejects.toThrow();
  });

  it.skipIf(!linux)('exits 0 on SIGINT (Ctrl-C) and applies fault flags', async () => {
    const started = await startCli(['--port', '0', '--throttle', '1', '--retry-after', '4'], false);
    const { url } = JSON.parse(started.line);
    const throttled = await fetch(`${url}/v2/profiles`);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('4');
    process.kill(emulatorProcessOf(started.child.pid!), 'SIGINT');
    expect(await started.exit).toEqual({ code: 0, signal: null });
  });

  it('--help shows the demo credentials and every fault flag', async () => {
    const result = await runCli(['--help']);
    expect(result.status).toBe(0);
    for (const text of [...Object.values(demoCredentials), '--throttle', '--server-errors', '--latency', '--token-ttl', '--empty-profiles', '--campaigns', '--page-size', '--malformed', '--reject-refresh', '--seed', '--auto-consent', '--region']) {
      expect(result.stdout).toContain(text);
    }
  });

  it('answers an invalid flag value with one line naming it, exit 2, no stack trace', async () => {
    const cases = [
      [['--throttle', 'abc'], /^error: --throttle must be a whole number >= 0, got "abc"/],
      [['--port', '70000'], /^error: --port must be a whole number from 0 to 65535/],
      [['--region', 'xx'], /^error: unknown region "xx": use --region with one of na, eu, fe/],
    ] as const;
    const results = await Promise.all(cases.map(([args]) => runCli([...args])));
    results.forEach((result, i) => {
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(cases[i][1]);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
});
