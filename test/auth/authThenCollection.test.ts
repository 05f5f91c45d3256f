/**
 * The promise of `npm run auth`: after it has written the env file, `npm run collection` against the
 * same server passes with no other setup. Both commands run as child processes against one emulator.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'dotenv';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoCredentials, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { secretsIn, tempDir } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

let emulator: Emulator;
let dir: string;
let removeDir: () => Promise<void>;

beforeAll(async () => {
  emulator = await startEmulator({ region: 'eu' });
  ({ dir, remove: removeDir } = await tempDir());
});
afterAll(async () => {
  await emulator.stop();
  await removeDir();
});

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      // Only the host overrides: no credential comes from the environment.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        AMAZON_ADS_API_URL: emulator.url,
        AMAZON_ADS_TOKEN_URL: `${emulator.url}/auth/o2/token`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

it('npm run auth --code <demo code>, then npm run collection -- --region eu with that env file passes', async () => {
  // `npm run auth` is `tsx src/cli.ts auth`; it runs in a scratch folder so its default .env lands there
  // (never in the repository). --env-file is not used for the new file: Node 20 itself rejects a script
  // argument `--env-file X` when X does not exist yet (nodejs/node#54232).
  const auth = await run(
    process.execPath,
    [
      tsx,
      path.join(root, 'src', 'cli.ts'),
      'auth',
      '--region', 'eu',
      '--client-id', demoCredentials.client_id,
      '--client-secret', demoCredentials.client_secret,
      '--code', demoCredentials.code,
      '--redirect-uri', demoCredentials.redirect_uri,
      '--country', 'DE', // not the first profile, so the runner must take the id from the env file
    ],
    dir,
  );
  expect(auth.output).toContain('wrote 5 variables to .env');
  expect(auth.code).toBe(0);
  const envFile = path.join(dir, '.env');
  const written = parse(await readFile(envFile, 'utf8'));
  expect(written.AMAZON_ADS_REGION).toBe('eu');
  expect(emulator.stats.grants.authorization_code).toBe(1);

  const collection = await run('npm', ['run', 'collection', '--', '--region', 'eu', '--env-file', envFile], root);
  expect(collection.output).toMatch(/result\s+passed/);
  expect(collection.code).toBe(0);
  expect(collection.output).toMatch(new RegExp(`profile\\s+${written.AMAZON_ADS_PROFILE_ID} DE `));
  expect(collection.output).toMatch(/campaigns\s+SP 5, SB 3, SD 2/);
  // The runner refreshed with the refresh token auth wrote (one grant), against the same emulator.
  expect(emulator.stats.grants.refresh_token).toBe(1);
  expect(emulator.stats.grants.failed).toBe(0);

  const secrets = [demoCredentials.client_secret, written.AMAZON_ADS_REFRESH_TOKEN];
  expect(secretsIn(auth.output + collection.output, secrets)).toEqual([]);
  expect(auth.output + collection.output).not.toMatch(/Atz[ar]\|[A-Za-z0-9_-]{8}/);
});
