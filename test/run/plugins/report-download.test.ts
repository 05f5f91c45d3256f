/**
 * `--folder reports` spawned as a user runs it: auth -> Profiles -> the V3 report flow -> the download
 * of report_url (src/run/plugins/report-download.ts) into JSON + CSV, with the summary's `report` lines;
 * the pre-signed URL never printed or exported; no Amazon header sent to the download host; a 425
 * duplicate answer reuses the existing report. The failure cases live in test/hardening/server-faults.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, demoCredentials, type Emulator } from '../../../src/emulator/index.js';
import { cleanEnv, collection } from '../../support/spawn-cli.js';
import { readCsv } from '../../report/csv-reader.js';

const dirs: string[] = [];
const emulators: Emulator[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  for (const e of emulators.splice(0)) await e.stop();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-reports-'));
  dirs.push(dir);
  return dir;
}

function yesterdayMinus(days: number): string {
  const today = Date.parse(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  return new Date(today - (days + 1) * 86_400_000).toISOString().slice(0, 10);
}

const demoEnv = () =>
  cleanEnv({
    AMAZON_ADS_CLIENT_ID: demoCredentials.client_id,
    AMAZON_ADS_CLIENT_SECRET: demoCredentials.client_secret,
    AMAZON_ADS_REFRESH_TOKEN: demoCredentials.refresh_token,
  });

describe('collection --folder reports', () => {
  it('--emulator --folder reports --region eu writes the report as JSON and as a CSV that reads back to the same rows', async () => {
    const dir = tempDir();
    const exported = path.join(dir, 'final.postman_environment.json');
    const ran = await collection(['--emulator', '--folder', 'reports', '--region', 'eu', '--verbose', '--export-environment', exported], { cwd: dir });
    expect(ran.code, ran.output).toBe(0);
    const files = fs.readdirSync(path.join(dir, 'reports')).sort();
    const base = new RegExp(`^eu\\.\\d+\\.spCampaigns\\.${yesterdayMinus(6)}_${yesterdayMinus(0)}\\.(csv|json)$`);
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(file).toMatch(base);
      expect(fs.statSync(path.join(dir, 'reports', file)).mode & 0o777).toBe(0o600);
    }
    const [csvName, jsonName] = files;
    const rows = JSON.parse(fs.readFileSync(path.join(dir, 'reports', jsonName), 'utf8')) as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    const csv = fs.readFileSync(path.join(dir, 'reports', csvName), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = readCsv(csv.slice(1));
    expect(header).toEqual(Object.keys(rows[0]));
    expect(records).toEqual(rows.map((row) => header.map((column) => (row[column] === null ? '' : String(row[column])))));

    const reportLines = ran.stdout.split('\n').filter((line) => /^ {2}report +/.test(line)).map((line) => line.replace(/^ {2}report +/, ''));
    expect(reportLines).toEqual([jsonName, csvName].map((name) => `${rows.length} rows → ${path.join(fs.realpathSync(dir), 'reports', name)}`));
    expect(ran.stdout).toMatch(/\n {2}result +passed\n/);
    // the pre-signed URL (shown by --verbose in the status body) and the demo secrets are masked everywhere
    for (const text of [ran.output, fs.readFileSync(exported, 'utf8')]) {
      expect(text).not.toMatch(/report-files\/[^"\s]*Signature/);
      expect(text).not.toContain(demoCredentials.client_secret);
      expect(text).not.toContain(demoCredentials.refresh_token);
    }
    expect(ran.stdout).toContain('[REDACTED]');
  });

  it('sends no Amazon header to the download host, and reuses the report a 425 duplicate answer names', async () => {
    const e = await startEmulator({ region: 'eu', reportDelay: 0 });
    emulators.push(e);
    const dir = tempDir();
    const args = ['--folder', 'reports', '--region', 'eu', '--api-url', e.url, '--token-url', `${e.url}/auth/o2/token`, '--report-days', '3', '--report-dir', dir];
    const first = await collection(args, { cwd: dir, env: demoEnv() });
    expect(first.code, first.output).toBe(0);
    const second = await collection(args, { cwd: dir, env: demoEnv() });
    expect(second.code, second.output).toBe(0);
    expect(second.stdout).toMatch(/POST .*\/reporting\/reports \[425/);
    expect(e.stats.routes['POST /reporting/reports']).toBe(2);
    expect(fs.readdirSync(dir).filter((file) => file.endsWith('.json'))).toHaveLength(1);
    const ids = [first, second].map((ran) => /report ([0-9a-f-]{36}) is COMPLETED/.exec(ran.stdout)?.[1]);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);

    expect(e.downloads).toHaveLength(2);
    for (const download of e.downloads) {
      expect(download.status).toBe(200);
      const names = Object.keys(download.headers).map((name) => name.toLowerCase());
      expect(names.filter((name) => /^authorization$|clientid|scope|^amazon-/.test(name))).toEqual([]);
    }
  });

  it('refuses report flags without --folder reports, and a bad range, before any request', async () => {
    const dir = tempDir();
    const alone = await collection(['--emulator', '--report-days', '3'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr.trim()).toBe('error: --report-days / --report-start / --report-end / --report-timeout only apply to --folder reports: add --folder reports');
    const range = await collection(['--emulator', '--folder', 'reports', '--report-start', '2026-01-01'], { cwd: dir });
    expect(range.code).toBe(2);
    expect(range.stderr.trim()).toBe('error: --report-start and --report-end go together: give both dates');
    const type = await collection(['--emulator', '--folder', 'reports', '--report-type', 'sbCampaigns'], { cwd: dir });
    expect(type.code).toBe(2);
    expect(type.stderr.trim()).toBe('error: unknown report type "sbCampaigns": use --report-type with one of spCampaigns');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
