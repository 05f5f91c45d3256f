/**
 * `amazon-ads-collection auth` as a user runs it (a child process, no terminal) against an emulator:
 * exit codes, one-line errors, and no client secret, refresh token or access token in its output.
 */
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { demoCredentials, startEmulator } from '../../src/emulator/index.js';
import { cliEntry, spawnRun, tsxScript, type Ran } from '../support/spawn-cli.js';
import { emulatorAndTempDirPerFile, secretsIn } from './helpers.js';

const shared = emulatorAndTempDirPerFile({ region: 'eu' });

/**
 * Runs the CLI in `cwd` (so the default .env lands there). Tests name no --env-file that does not exist
 * yet: Node 20 itself reads a script's `--env-file X` argument and exits 9 when X is missing
 * (nodejs/node#54232), before our code runs.
 */
function cli(args: string[], env: Record<string, string> = {}, cwd = shared.dir): Promise<Ran> {
  return spawnRun(process.execPath, [tsxScript, cliEntry, 'auth', ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: shared.dir,
      AMAZON_ADS_TOKEN_URL: `${shared.emulator.url}/auth/o2/token`,
      AMAZON_ADS_API_URL: shared.emulator.url,
      AMAZON_ADS_AUTH_GRANT_URL: `${shared.emulator.url}/ap/oa`,
      ...env,
    },
  });
}

const credentialsEnv = { AMAZON_ADS_CLIENT_ID: demoCredentials.client_id, AMAZON_ADS_CLIENT_SECRET: demoCredentials.client_secret };

describe('auth CLI against the emulator', () => {
  it('--code with the demo code writes the env file (0600), prints no secret, and a reuse exits 1 with one line', async () => {
    const envFile = path.join(shared.dir, '.env');
    const args = ['--region', 'eu', '--code', demoCredentials.code, '--redirect-uri', demoCredentials.redirect_uri];
    const first = await cli(args, credentialsEnv);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wrote 5 variables to .env');
    expect(first.stdout).toContain('Next: npm run collection -- --region eu');
    const written = parse(await readFile(envFile, 'utf8'));
    expect((await stat(envFile)).mode & 0o777).toBe(0o600);

    const again = await cli(args, credentialsEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('error: invalid_grant: the authorization code was already used (each code works once) - run npm run auth again for a fresh code\n');

    const secrets = [demoCredentials.client_secret, demoCredentials.refresh_token, written.AMAZON_ADS_REFRESH_TOKEN];
    const output = first.stdout + first.stderr + again.stdout + again.stderr;
    expect(secretsIn(output, secrets)).toEqual([]);
    expect(output).not.toMatch(/Atz[ar]\|/); // no access token (Atza|...) nor refresh token (Atzr|...) of any kind
  });

  it('writes a new env file named with --envFile (the spelling Node 20 does not intercept)', async () => {
    const cwd = await mkdtemp(path.join(shared.dir, 'named-'));
    const envFile = path.join(cwd, 'sub.env');
    const emu = await startEmulator({ region: 'eu' });
    try {
      const result = await cli(
        ['--region', 'eu', '--code', demoCredentials.code, '--redirect-uri', demoCredentials.redirect_uri, '--envFile', envFile, '--country', 'FR'],
        { ...credentialsEnv, AMAZON_ADS_TOKEN_URL: `${emu.url}/auth/o2/token`, AMAZON_ADS_API_URL: emu.url },
        cwd,
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Next: npm run collection -- --region eu --env-file ${envFile}`);
      expect(await readdir(cwd)).toEqual(['sub.env']);
      expect((await stat(envFile)).mode & 0o777).toBe(0o600);
    } finally {
      await emu.stop();
    }
  });

  it('a secret given as a flag is not echoed, even in an error', async () => {
    const cwd = await mkdtemp(path.join(shared.dir, 'flag-'));
    const result = await cli(
      ['--region', 'eu', '--client-id', demoCredentials.client_id, '--client-secret', 'flag-S3CRET-not-to-print', '--code', 'ANnope', '--redirect-uri', 'https://amazon.com'],
      {},
      cwd,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: invalid_client: wrong client id or client secret/);
    expect(result.stdout + result.stderr).not.toContain('flag-S3CRET-not-to-print');
    expect(await readdir(cwd)).toEqual([]); // no env file, no temp file
  });

  it('a state mismatch in --redirect-url exits 2 with one line and no stack trace', async () => {
    const cwd = await mkdtemp(path.join(shared.dir, 'state-'));
    const result = await cli(['--region', 'eu', '--redirect-url', 'https://amazon.com/?code=ANx&state=theirs', '--state', 'mine'], credentialsEnv, cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: state mismatch: [^\n]+\n$/);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('an unknown region and a missing client id are usage errors (exit 2) naming the fix', async () => {
    const region = await cli(['--region', 'mars'], credentialsEnv);
    expect(region.code).toBe(2);
    expect(region.stderr).toBe('error: unknown region "mars": use --region with one of na, eu, fe\n');
    const missing = await cli(['--region', 'eu', '--code', 'ANx'], {}, await mkdtemp(path.join(shared.dir, 'missing-')));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: missing client id: pass --client-id or set AMAZON_ADS_CLIENT_ID/);
  });
});
