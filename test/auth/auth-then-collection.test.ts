/**
 * The promise of `npm run auth`: after it has written the env file, `npm run collection` against the
 * same server passes with no other setup. Both commands run as child processes against one emulator.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'dotenv';
import { expect, it } from 'vitest';
import { demoCredentials } from '../../src/emulator/index.js';
import { cliEntry, projectRoot, spawnRun, tsxScript, type Ran } from '../support/spawn-cli.js';
import { emulatorAndTempDirPerFile, secretsIn } from './helpers.js';

const shared = emulatorAndTempDirPerFile({ region: 'eu' });

function run(command: string, args: string[], cwd: string): Promise<Ran> {
  // Only the host overrides: no credential comes from the environment.
  const env = { PATH: process.env.PATH ?? '', HOME: shared.dir, AMAZON_ADS_API_URL: shared.emulator.url, AMAZON_ADS_TOKEN_URL: `${shared.emulator.url}/auth/o2/token` };
  return spawnRun(command, args, { cwd, env });
}

it('npm run auth --code <demo code>, then npm run collection -- --region eu with that env file passes', async () => {
  // `npm run auth` is `tsx src/cli.ts auth`; it runs in a scratch folder so its default .env lands there
  // (never in the repository). --env-file is not used for the new file: Node 20 itself rejects a script
  // argument `--env-file X` when X does not exist yet (nodejs/node#54232).
  const auth = await run(
    process.execPath,
    [
      tsxScript,
      cliEntry,
      'auth',
      '--region', 'eu',
      '--client-id', demoCredentials.client_id,
      '--client-secret', demoCredentials.client_secret,
      '--code', demoCredentials.code,
      '--redirect-uri', demoCredentials.redirect_uri,
      '--country', 'DE', // not the first profile, so the runner must take the id from the env file
    ],
    shared.dir,
  );
  expect(auth.output).toContain('wrote 5 variables to .env');
  expect(auth.code).toBe(0);
  const envFile = path.join(shared.dir, '.env');
  const written = parse(await readFile(envFile, 'utf8'));
  expect(written.AMAZON_ADS_REGION).toBe('eu');
  expect(shared.emulator.stats.grants.authorization_code).toBe(1);

  const collection = await run('npm', ['run', 'collection', '--', '--region', 'eu', '--env-file', envFile], projectRoot);
  expect(collection.output).toMatch(/result\s+passed/);
  expect(collection.code).toBe(0);
  expect(collection.output).toMatch(new RegExp(`profile\\s+${written.AMAZON_ADS_PROFILE_ID} DE `));
  expect(collection.output).toMatch(/campaigns\s+SP 5, SB 3, SD 2/);
  // The runner refreshed with the refresh token auth wrote (one grant), against the same emulator.
  expect(shared.emulator.stats.grants.refresh_token).toBe(1);
  expect(shared.emulator.stats.grants.failed).toBe(0);

  const secrets = [demoCredentials.client_secret, written.AMAZON_ADS_REFRESH_TOKEN];
  expect(secretsIn(auth.output + collection.output, secrets)).toEqual([]);
  expect(auth.output + collection.output).not.toMatch(/Atz[ar]\|[A-Za-z0-9_-]{8}/);
});
