/**
 * Settings that must not silently override the user (issue 17, item 7): `--export-environment` naming
 * the env file or a committed environment is refused before any request (exit 2, both files byte for
 * byte as before); a flag beats the env file (`--country CA` over the env file's AMAZON_ADS_PROFILE_ID).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { generateProfiles } from '../../src/emulator/ads/profiles-data.js';
import { collection, demo, envFileText, expectOneErrorLine, projectRoot, stderrLines, workspace } from './harness.js';
import { expectCase } from './failure-cases.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const hosts = () => ['--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`];

describe('an exported environment never overwrites the env file or a committed environment', { timeout: 240_000 }, () => {
  it('--export-environment equal to --env-file: usage error, the env file untouched', async () => {
    const ws = workspace(demo);
    try {
      const before = emulator.stats.requests;
      const ran = await collection(['--envFile', ws.envFile, ...hosts(), '--export-environment', ws.envFile], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toMatch(/^error: --export-environment .* is the env file/);
      expect(sha256(ws.envFile)).toBe(ws.envHash);
      expect(emulator.stats.requests).toBe(before);
      expectCase('export-is-env-file', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
    }
  });

  it('--export-environment naming a file in environments/: usage error, the file untouched', async () => {
    const ws = workspace(demo);
    const committed = path.join(projectRoot, 'environments/amazon-ads-api.na.postman_environment.json');
    const original = fs.readFileSync(committed);
    const hash = sha256(committed);
    try {
      const ran = await collection(['--envFile', ws.envFile, ...hosts(), '--export-environment', committed], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toMatch(/^error: --export-environment .* is inside environments\//);
      expect(sha256(committed)).toBe(hash);
      expectCase('export-into-environments', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      // a regression must not leave the committed file rewritten
      if (sha256(committed) !== hash) fs.writeFileSync(committed, original);
      ws.remove();
    }
  });
});

describe('a flag beats the env file', { timeout: 240_000 }, () => {
  it('--country CA with the US profile id in the env file: the CA profile is used', async () => {
    const profiles = generateProfiles('na', 1);
    const us = profiles.find((profile) => profile.countryCode === 'US')!;
    const ca = profiles.find((profile) => profile.countryCode === 'CA')!;
    const ws = workspace(demo, envFileText(demo) + `AMAZON_ADS_PROFILE_ID=${us.profileId}\n`);
    try {
      const ran = await collection(['--envFile', ws.envFile, ...hosts(), '--folder', 'profiles', '--country', 'CA'], { cwd: ws.dir });
      expect(ran.code, ran.stderr).toBe(0);
      expect(stderrLines(ran)).toEqual([]);
      expect(ran.stdout).toMatch(new RegExp(`\\n {2}profile +${ca.profileId} CA`));
      expectCase('country-flag-beats-env-file', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
    }
  });
});
