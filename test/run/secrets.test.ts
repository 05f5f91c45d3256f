/**
 * No secret reaches any output: runs with distinctive secret strings (and with the emulator issuing a
 * fresh access token before every request), verbose CLI output, every reporter and an exported
 * environment, then scans stdout, stderr, every report file and the exported environment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { resolveRunOptions, type RunFlags } from '../../src/config/run-settings.js';
import { runCollection } from '../../src/run/run-collection.js';
import { spellingsOf } from '../../src/core/redact.js';
import type { Credentials } from '../../src/config/credentials.js';
import { demo, projectRoot } from './helpers.js';
import { startRecordingProxy } from './recording-proxy.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-secrets-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Written {
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

async function runRecorded(credentials: Credentials, exportSecrets = false, reporters = 'cli,junit,json', flags: Partial<RunFlags> = {}) {
  const emulator = await startEmulator({ region: 'eu', tokenTtlSeconds: 1, campaigns: 7, pageSize: 3 });
  const proxy = await startRecordingProxy(emulator.url);
  let stdout = '';
  let stderr = '';
  try {
    const options = resolveRunOptions({
      region: 'eu',
      apiUrl: proxy.url,
      tokenUrl: `${proxy.url}/auth/o2/token`,
      reporters,
      reportDir: path.join(dir, 'reports'),
      exportEnvironment: path.join(dir, 'final.postman_environment.json'),
      exportSecrets,
      verbose: true,
      collection: path.join(projectRoot, 'collections/amazon-ads-api.postman_collection.json'),
      environmentDir: path.join(projectRoot, 'environments'),
      ...flags,
    });
    const outcome = await runCollection(options, {
      credentials,
      environmentValues: { retry_after_cap_seconds: '0' },
      stdout: (text) => void (stdout += text),
    });
    const files: Record<string, string> = {};
    for (const file of [...outcome.report.reportFiles, options.exportEnvironment!]) {
      files[file] = fs.readFileSync(file, 'utf8');
      expect(fs.statSync(file).mode & 0o777, file).toBe(0o600);
    }
    return { outcome, emulator, written: { stdout, stderr, files } as Written, issued: proxy.issuedTokens() };
  } finally {
    await proxy.stop();
    await emulator.stop();
  }
}

/** Shortest piece of a secret that counts as a leak (a printer may wrap or cut a long value). */
const WINDOW = 16;

/**
 * Every place a secret, or any 16-character piece of it, appears in an output: in any of its encoded
 * spellings, and also in the output with whitespace and box-drawing characters removed (a value
 * wrapped over several lines).
 */
function leaks(written: Written, secrets: string[]): string[] {
  const found: string[] = [];
  const outputs: Array<[string, string]> = [['stdout', written.stdout], ['stderr', written.stderr], ...Object.entries(written.files)];
  const squashed = outputs.map(([name, text]): [string, string] => [name, text.replace(/[\s\u2500-\u257f]+/g, '')]);
  for (const secret of secrets) {
    const base64 = Buffer.from(secret).toString('base64');
    for (const spelling of [...spellingsOf(secret), base64, base64.replace(/=+$/, ''), Buffer.from(secret).toString('base64url')]) {
      for (let start = 0; start + WINDOW <= spelling.length; start++) {
        const piece = spelling.slice(start, start + WINDOW);
        for (const [name, text] of [...outputs, ...squashed]) {
          if (text.includes(piece)) found.push(`${name} contains "${piece}" of a secret`);
        }
      }
    }
  }
  return [...new Set(found)];
}

describe('secrets never reach an output', () => {
  it('the scan finds a secret even when a printer wrapped it over lines or cut it', () => {
    const secret = 'RUNNER-REFRESH-plugh-0099-abcdef';
    const wrapped = { stdout: 'body refresh_token=RUNNER-REFRESH-\n  │ plugh-0099-abcdef&x', stderr: '', files: {} };
    const cut = { stdout: '', stderr: 'detail RUNNER-REFRESH-plug…', files: {} };
    const encoded = { stdout: '', stderr: '', files: { f: encodeURIComponent('x' + secret) } };
    expect(leaks(wrapped, [secret])).not.toEqual([]);
    expect(leaks(cut, [secret])).not.toEqual([]);
    expect(leaks(encoded, [secret])).not.toEqual([]);
    expect(leaks({ stdout: 'RUNNER-REFRESH', stderr: '', files: {} }, [secret])).toEqual([]);
  });

  it('a passing run: client secret, refresh token and every issued access token are masked everywhere', async () => {
    const { outcome, emulator, written, issued } = await runRecorded(demo);
    expect(outcome.exitCode).toBe(0);
    const accessTokens = issued.filter((token) => token !== demo.refresh_token);
    // the emulator issued a fresh token before each request (ttl 1 s < the 60 s refresh margin)
    expect(emulator.stats.grants.refresh_token).toBeGreaterThan(3);
    expect(accessTokens.length).toBe(emulator.stats.grants.refresh_token);
    // the outputs are real: verbose CLI output, three files, the campaigns counted
    expect(written.stdout).toContain('List SP campaigns');
    expect(Object.keys(written.files)).toHaveLength(3);
    expect(outcome.report.campaigns.sp).toBe(7);
    expect(leaks(written, [demo.client_secret, demo.refresh_token, ...accessTokens])).toEqual([]);
    // the exported environment keeps the non-secret values
    const exported = JSON.parse(written.files[outcome.report.exportedEnvironment!]);
    const values = Object.fromEntries(exported.values.map((entry: { key: string; value: unknown }) => [entry.key, entry.value]));
    expect(values.profileId).toBe(outcome.report.profile.id);
    // masked as Postman shares an environment: secrets typed secret and emptied (what `npm run validate` accepts)
    const types = Object.fromEntries(exported.values.map((entry: { key: string; type: unknown }) => [entry.key, entry.type]));
    expect([values.client_secret, values.access_token, types.client_secret, types.access_token]).toEqual(['', '', 'secret', 'secret']);
  });

  it('--reporters cli,htmlextra,junit,json: no secret or issued token in any spelling (raw, JSON, HTML, URL, base64) in any file; all 0600', async () => {
    const html = path.join(dir, 'html', 'run.html');
    fs.mkdirSync(path.dirname(html));
    const { outcome, emulator, written, issued } = await runRecorded(demo, false, 'cli,htmlextra,junit,json', {
      reporterOptions: { htmlextra: { export: html, logs: true } },
    });
    expect(outcome.exitCode).toBe(0);
    const accessTokens = issued.filter((token) => token !== demo.refresh_token);
    expect(accessTokens.length).toBe(emulator.stats.grants.refresh_token);
    expect(accessTokens.length).toBeGreaterThan(3);
    // the HTML report is real and where --reporter-htmlextra-export said (0600: checked in runRecorded)
    expect(outcome.report.reportFiles).toContain(html);
    expect(written.files[html]).toContain('<html');
    expect(written.files[html]).toContain('List SP campaigns');
    expect(written.files[html]).toContain('[REDACTED]');
    expect(Object.keys(written.files)).toHaveLength(4);
    expect(leaks(written, [demo.client_secret, demo.refresh_token, ...accessTokens])).toEqual([]);
  });

  it('a failing run with distinctive secrets: masked in failure messages, reports and the exported environment', async () => {
    const secrets = { client_id: demo.client_id, client_secret: 'RUNNER-SECRET-xyzzy-0042', refresh_token: 'RUNNER-REFRESH-plugh-0099' };
    const { outcome, written } = await runRecorded(secrets);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.failures[0].cause).toBe('invalid_client');
    expect(leaks(written, [secrets.client_secret, secrets.refresh_token])).toEqual([]);
    expect(written.stdout).toContain('[REDACTED]');
  });

  it('--export-secrets keeps them in the exported environment only (so the scan above can fail)', async () => {
    const { outcome, written } = await runRecorded(demo, true);
    expect(outcome.exitCode).toBe(0);
    const exported = written.files[outcome.report.exportedEnvironment!];
    expect(exported).toContain(demo.client_secret);
    // kept, and still typed secret
    expect(JSON.parse(exported).values.find((entry: { key: string }) => entry.key === 'client_secret')).toMatchObject({ value: demo.client_secret, type: 'secret', enabled: true });
    const others = { ...written, files: Object.fromEntries(Object.entries(written.files).filter(([file]) => file !== outcome.report.exportedEnvironment)) };
    expect(leaks(others, [demo.client_secret, demo.refresh_token])).toEqual([]);
  });
});
