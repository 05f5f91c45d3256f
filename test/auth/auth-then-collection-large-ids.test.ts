/**
 * Profile ids above 2^53 keep every digit end to end (issue 17, item 13): the emulator serves
 * 9007199254740993, …995, …997 as JSON numbers; `npm run auth` writes the id it chose to the env file,
 * the runner reads it from there or from `--profile-id` (yargs keeps it text), sends it as the scope
 * (the emulator refuses any other) and prints it in the summary and the exported environment.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'dotenv';
import { expect, it } from 'vitest';
import { demoCredentials } from '../../src/emulator/index.js';
import { cliEntry, spawnRun, tsxScript, type Ran } from '../support/spawn-cli.js';
import { emulatorAndTempDirPerFile, secretsIn } from './helpers.js';

const shared = emulatorAndTempDirPerFile({ region: 'na', largeProfileIds: true });

function cli(args: string[]): Promise<Ran> {
  const env = { PATH: process.env.PATH ?? '', HOME: shared.dir, NO_COLOR: '1', AMAZON_ADS_API_URL: shared.emulator.url, AMAZON_ADS_TOKEN_URL: `${shared.emulator.url}/auth/o2/token` };
  return spawnRun(process.execPath, [tsxScript, cliEntry, ...args], { cwd: shared.dir, env });
}

it('auth writes 9007199254740995 (not …996), and the runner uses it and --profile-id 9007199254740997 digit for digit', { timeout: 240_000 }, async () => {
  const auth = await cli([
    'auth',
    '--region', 'na',
    '--client-id', demoCredentials.client_id,
    '--client-secret', demoCredentials.client_secret,
    '--code', demoCredentials.code,
    '--redirect-uri', demoCredentials.redirect_uri,
    '--country', 'CA',
  ]);
  expect(auth.code, auth.output).toBe(0);
  expect(auth.stdout).toContain('Profile: 9007199254740995 CA ');
  const envFile = path.join(shared.dir, '.env');
  const written = parse(await readFile(envFile, 'utf8'));
  expect(written.AMAZON_ADS_PROFILE_ID).toBe('9007199254740995');

  const fromFile = await cli(['collection', '--region', 'na', '--env-file', envFile, '--folder', 'Profiles', '--folder', 'List SP campaigns']);
  expect(fromFile.code, fromFile.output).toBe(0);
  expect(fromFile.stdout).toMatch(/\n {2}profile +9007199254740995 CA /);
  expect(fromFile.stdout).toMatch(/SP page 1 · 5 campaigns/);

  const exported = path.join(shared.dir, 'final.postman_environment.json');
  const fromFlag = await cli(['collection', '--region', 'na', '--env-file', envFile, '--profile-id', '9007199254740997', '--folder', 'List SP campaigns', '--export-environment', exported]);
  expect(fromFlag.code, fromFlag.output).toBe(0);
  expect(fromFlag.stdout).toMatch(/\n {2}profile +9007199254740997\b/);
  expect(fromFlag.stdout).toMatch(/SP page 1 · 5 campaigns/);
  const values = (JSON.parse(await readFile(exported, 'utf8')) as { values: { key: string; value: unknown }[] }).values;
  expect(values.find((entry) => entry.key === 'profileId')?.value).toBe('9007199254740997');

  const output = auth.output + fromFile.output + fromFlag.output;
  expect(output).not.toMatch(/900719925474099[2468]/);
  expect(secretsIn(output, [demoCredentials.client_secret, written.AMAZON_ADS_REFRESH_TOKEN])).toEqual([]);
});
