/**
 * The `collection` command as a user runs it: spawned, with its exit code, stdout and stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { cleanEnv, cliEntry, collection, spawnRun, tsxBin } from '../support/spawn-cli.js';
import { demo, emulatorEnv } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run collection', () => {
  it('`npm run collection -- --region eu --emulator` runs against the embedded emulator', async () => {
    const result = await spawnRun('npm', ['run', '--silent', 'collection', '--', '--region', 'eu', '--emulator']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('→ List SP campaigns');
    expect(result.stdout).toMatch(/\n {2}region {6}eu \(Europe\)\n/);
    expect(result.stdout).toMatch(/\n {2}campaigns {3}SP 5, SB 3, SD 2\n/);
    expect(result.stdout).toMatch(/\n {2}result {6}passed\n/);
  });

  it('`npm run collection --region eu` (no --) is a usage error saying npm needs -- before the flags', async () => {
    const result = await spawnRun('npm', ['run', '--silent', 'collection', '--region', 'eu']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: npm took the flags before "eu" for itself: put -- before the flags, e.g. npm run collection -- --region eu\n');
  });

  it('without credentials and without --emulator exits 2 naming every missing variable, before any request', async () => {
    const result = await collection(['--region', 'eu'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    for (const variable of ['AMAZON_ADS_CLIENT_ID', 'AMAZON_ADS_CLIENT_SECRET', 'AMAZON_ADS_REFRESH_TOKEN']) expect(lines[0]).toContain(variable);
    expect(lines[0]).toContain('npm run auth');
    expect(lines[0]).not.toMatch(/\bat \S+ \(/); // no stack trace
  });

  it('an unknown region is a one-line usage error listing the valid ones (folders: see options.test.ts)', async () => {
    const region = await collection(['--region', 'moon', '--emulator']);
    expect(region.code).toBe(2);
    expect(region.stderr).toBe('error: unknown region "moon": use --region with one of na, eu, fe\n');
    expect(region.stdout).toBe('');
  });

  it('--help lists every option with its default', async () => {
    const result = await collection(['--help']);
    expect(result.code).toBe(0);
    const flags = [
      'region', 'folder', 'profile-id', 'country', 'env-file', 'emulator', 'api-url', 'token-url', 'auth-grant-url',
      'reporters', 'report-dir', 'timeout-request', 'page-size', 'bail', 'export-environment', 'export-secrets', 'verbose',
    ];
    for (const flag of flags) expect(result.stdout).toContain(`--${flag}`);
    expect(result.stdout).toContain('[default: AMAZON_ADS_REGION, else na]');
    expect(result.stdout).toContain('[default: ["auth","profiles","campaigns"]]');
    expect(result.stdout).toContain('[default: "cli"]');
    expect(result.stdout).toContain('[default: "reports"]');
    expect(result.stdout).toContain('[default: .env]');
  });

  it('with AMAZON_ADS_API_URL and AMAZON_ADS_TOKEN_URL set, uses that server and contacts no other host', async () => {
    const emulator = await startEmulator({ region: 'fe' });
    try {
      const result = await collection(['--region', 'fe', '--reporters', 'cli,json', '--report-dir', dir], {
        cwd: dir,
        env: emulatorEnv(emulator),
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(emulator.stats.grants.refresh_token).toBe(1);
      expect(emulator.stats.routes['POST /sp/campaigns/list']).toBe(1);
      const report = JSON.parse(fs.readFileSync(path.join(dir, 'amazon-ads-api.fe.newman.json'), 'utf8'));
      const urls = (report.run.executions as Array<{ request: { url: { protocol: string; host: string[]; port: string } } }>).map(
        ({ request }) => `${request.url.protocol}://${request.url.host.join('.')}:${request.url.port}`,
      );
      expect(urls.length).toBe(emulator.stats.requests);
      expect(new Set(urls)).toEqual(new Set([emulator.url]));
      expect(fs.statSync(path.join(dir, 'amazon-ads-api.fe.newman.json')).mode & 0o777).toBe(0o600);
    } finally {
      await emulator.stop();
    }
  });

  it('reads the credentials from --env-file, and a failed run exits 1 with its cause on one line and no secret', async () => {
    const emulator = await startEmulator({ region: 'na' });
    try {
      const envFile = path.join(dir, 'smoke.env');
      fs.writeFileSync(
        envFile,
        [
          `AMAZON_ADS_CLIENT_ID=${demo.client_id}`,
          'AMAZON_ADS_CLIENT_SECRET=SPAWNED-SECRET-quux-7781',
          'AMAZON_ADS_REFRESH_TOKEN="SPAWNED-REFRESH-corge-5512"',
          `AMAZON_ADS_API_URL=${emulator.url}`,
          `AMAZON_ADS_TOKEN_URL=${emulator.url}/auth/o2/token`,
        ].join('\n'),
      );
      const result = await collection(['--env-file', envFile, '--verbose', '--reporters', 'cli,junit', '--report-dir', dir], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: invalid_client: wrong client id or secret - /)]);
      expect(emulator.stats.grants.failed).toBe(1);
      const junit = fs.readFileSync(path.join(dir, 'amazon-ads-api.na.junit.xml'), 'utf8');
      for (const text of [result.stdout, result.stderr, junit]) {
        expect(text).not.toContain('SPAWNED-SECRET-quux');
        expect(text).not.toContain('SPAWNED-REFRESH-corge');
      }
      expect(result.stdout).toContain('client_secret=[REDACTED]');
    } finally {
      await emulator.stop();
    }
  });

  it('an --env-file that does not exist is a usage error (given as --envFile: Node 20 itself vets --env-file arguments)', async () => {
    // Node 20 checks any `--env-file PATH` in its argv, even after the script name, and exits 9 with
    // "node: PATH: not found" before our code runs; yargs also accepts the camel-case spelling.
    const result = await collection(['--envFile', path.join(dir, 'nope.env')], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: env file ".*nope\.env" does not exist: create it from \.env\.example, or fix --env-file\n$/);
  });
});

describe("npm run collection with newman run's conventions", () => {
  const ESC = '\u001b[';

  it('-x/--suppress-exit-code: a failed run exits 0, still says why; an --env-var secret never shows', async () => {
    const wrong = ['--emulator', '--folder', 'auth', '--verbose', '--env-var', 'client_secret=ENVVAR-SECRET-frobozz-77'];
    const failed = await collection(wrong);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^error: invalid_client/);
    const suppressed = await collection([...wrong, '-x']);
    expect(suppressed.code).toBe(0);
    expect(suppressed.stderr).toMatch(/^invalid_client: .*\(exit code 0: --suppress-exit-code\)\n$/);
    for (const text of [failed.output, suppressed.output]) expect(text).not.toContain('ENVVAR-SECRET-frobozz-77');
    expect(failed.stdout).toContain('client_secret=[REDACTED]');
  });

  it('--silent prints nothing, exit code unchanged', async () => {
    const result = await collection(['--emulator', '--silent']);
    expect(result.code).toBe(0);
    expect(result.output).toBe('');
  });

  it('-r and -e are --reporters and --environment; -r with a reporter that is not installed is a usage error', async () => {
    const environment = path.join(dir, 'start.postman_environment.json');
    fs.copyFileSync(path.join(process.cwd(), 'environments/amazon-ads-api.na.postman_environment.json'), environment);
    const result = await collection(['--emulator', '--folder', 'auth', '-r', 'junit', '-e', environment, '--report-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('→');
    expect(fs.existsSync(path.join(dir, 'amazon-ads-api.na.junit.xml'))).toBe(true);
    const missing = await collection(['--emulator', '-r', 'cli,nosuch']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: unknown reporter "nosuch": use --reporters with cli, progress, junit, json, or install newman-reporter-nosuch (npm install newman-reporter-nosuch)\n');
  });

  it('--reporters cli,htmlextra with --reporter-htmlextra-export writes the HTML report there, 0600', async () => {
    const html = path.join(dir, 'report.html');
    const result = await collection(['--emulator', '--reporters', 'cli,htmlextra', '--reporter-htmlextra-export', html, '--reporter-htmlextra-title', 'Ads smoke run']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`report      ${html}`);
    expect(fs.statSync(html).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(html, 'utf8')).toContain('Ads smoke run');
  });

  it('--color on colours a pipe; on a terminal, auto colours unless NO_COLOR is set, and --color off never does', async () => {
    const piped = await collection(['--emulator', '--folder', 'auth', '--color', 'on']);
    expect(piped.stdout).toContain(ESC);
    // `script` gives the run a terminal (bounded by the run itself: the emulator serves 1 request)
    const onTerminal = (extra: string[], env: NodeJS.ProcessEnv) =>
      spawnRun('script', ['-qec', [tsxBin, cliEntry, 'collection', '--emulator', '--folder', 'auth', ...extra].join(' '), '/dev/null'], { env });
    const withoutNoColor = cleanEnv();
    delete withoutNoColor.NO_COLOR;
    const auto = await onTerminal([], withoutNoColor);
    expect(auto.code).toBe(0);
    expect(auto.stdout).toContain(ESC);
    const noColor = await onTerminal([], cleanEnv({ NO_COLOR: '1' }));
    expect(noColor.stdout).toContain('→ ');
    expect(noColor.stdout).not.toContain(ESC);
    const off = await onTerminal(['--color', 'off'], withoutNoColor);
    expect(off.stdout).toContain('→ ');
    expect(off.stdout).not.toContain(ESC);
    const bad = await collection(['--emulator', '--color', 'sometimes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: --color must be on, off or auto, got "sometimes"\n');
  });
});
