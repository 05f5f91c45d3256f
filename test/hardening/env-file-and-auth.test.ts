/**
 * Env files and `npm run auth` (issue 17, item 15 and the smaller ones): a UTF-16 env file is named as
 * such (the run and auth); `npm run auth --redirect-url` whose path is just `/` never guesses the
 * redirect_uri; a folder that takes no new env file is refused before the consent. Each one exit 2,
 * one line, and the one-time code is never spent (the emulator's token endpoint never called).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCredentials, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { auth, cleanEnv, type SpawnOptions } from '../support/spawn-cli.js';
import { collection, demo, distinctive, expectOneErrorLine, workspace } from './harness.js';
import { expectCase } from './failure-cases.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

const secrets = [demo.client_secret, demo.refresh_token, distinctive.client_secret, distinctive.refresh_token];
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const authHosts = () => ['--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`, '--auth-grant-url', `${emulator.url}/ap/oa`];
const credentials = ['--client-id', demo.client_id, '--client-secret', demo.client_secret];

describe('a UTF-16 env file', { timeout: 240_000 }, () => {
  it('npm run collection: named as UTF-16, before any request', async () => {
    const ws = workspace(distinctive);
    try {
      fs.writeFileSync(ws.envFile, utf16(fs.readFileSync(ws.envFile, 'utf8')));
      const before = emulator.stats.requests;
      const ran = await collection(['--envFile', ws.envFile, '--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toBe(`error: env file "${ws.envFile}" is UTF-16 (it starts with the bytes FF FE): save it as UTF-8`);
      expect(emulator.stats.requests).toBe(before);
      expectCase('env-file-utf16', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('npm run auth: named as UTF-16, the file left as it was', async () => {
    const ws = workspace(distinctive);
    try {
      const bytes = utf16('AMAZON_ADS_REGION=na\n');
      fs.writeFileSync(ws.envFile, bytes);
      const ran = await auth(['--envFile', ws.envFile, ...credentials, '--code', demoCredentials.code, '--redirect-uri', demoCredentials.redirect_uri, ...authHosts()], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toBe(`error: env file "${ws.envFile}" is UTF-16 (it starts with the bytes FF FE): save it as UTF-8`);
      expect(fs.readFileSync(ws.envFile).equals(bytes)).toBe(true);
      expectCase('auth-env-file-utf16', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});

describe('npm run auth spends the one-time code only when it can finish', { timeout: 240_000 }, () => {
  it('--redirect-url https://amazon.com/?code=… of a consent it did not start, without --redirect-uri: asks for it', async () => {
    const ws = workspace(distinctive);
    try {
      const consent = new URL(`${emulator.url}/ap/oa`);
      const query = { client_id: demo.client_id, scope: 'advertising::campaign_management', response_type: 'code', redirect_uri: 'https://amazon.com', state: 'st-1', auto_consent: '1' };
      for (const [key, value] of Object.entries(query)) consent.searchParams.set(key, value);
      const landed = new URL((await fetch(consent, { redirect: 'manual' })).headers.get('location')!).toString(); // as a browser shows it
      expect(landed).toMatch(/^https:\/\/amazon\.com\/\?code=/);
      const tokenCalls = emulator.stats.routes['POST /auth/o2/token'] ?? 0;
      const ran = await auth(['--envFile', ws.envFile, ...credentials, '--redirect-url', landed, '--state', 'st-1', ...authHosts()], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toMatch(/^error: --redirect-url does not show which return URL the consent used, https:\/\/amazon\.com or https:\/\/amazon\.com\/ /);
      expect(emulator.stats.routes['POST /auth/o2/token'] ?? 0).toBe(tokenCalls);
      expect(ran.output).not.toContain(new URL(landed).searchParams.get('code'));
      expectCase('auth-redirect-uri-ambiguous', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('an env file folder that takes no new file: refused before the consent, no token request', async () => {
    const ws = workspace(distinctive);
    const locked = path.join(ws.dir, 'locked');
    let scratch: string | undefined;
    try {
      fs.mkdirSync(locked, { mode: 0o555 });
      fs.chmodSync(locked, 0o555);
      // root may write anywhere: as root, run the command as the unprivileged user "nobody"
      const asNobody: SpawnOptions = {};
      if (process.getuid?.() === 0) {
        scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hardening-nobody-')); // tsx's cache, where nobody may write
        fs.chmodSync(scratch, 0o777);
        fs.chmodSync(ws.dir, 0o755);
        Object.assign(asNobody, { uid: 65534, gid: 65534, env: cleanEnv({ TMPDIR: scratch }) });
      }
      const grants = { ...emulator.stats.grants };
      const tokenCalls = emulator.stats.routes['POST /auth/o2/token'] ?? 0;
      const envFile = path.join(locked, '.env');
      const ran = await auth(['--envFile', envFile, ...credentials, '--code', demoCredentials.code, '--redirect-uri', demoCredentials.redirect_uri, ...authHosts()], {
        cwd: ws.dir,
        ...asNobody,
      });
      expect(expectOneErrorLine(ran, 2)).toBe(
        `error: cannot write the env file ${envFile}: its folder ${locked} does not take new files (EACCES); make the folder writable or choose another --env-file`,
      );
      expect(emulator.stats.routes['POST /auth/o2/token'] ?? 0).toBe(tokenCalls);
      expect(emulator.stats.grants).toEqual(grants);
      expect(fs.readdirSync(locked)).toEqual([]);
      expectCase('auth-env-folder-unwritable', ran, ws, secrets);
    } finally {
      fs.chmodSync(locked, 0o755);
      ws.remove();
      if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
