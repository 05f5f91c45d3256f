/**
 * Two outputs on one file are a usage error before the run (issue 27, D17): the exported environment
 * named as the junit report, an htmlextra export named as the json report. Before, one silently
 * replaced the other and the summary listed both. Exit 2, no request sent, nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { collection, demo, expectFilesSound, expectOneErrorLine, workspace, type Workspace } from './harness.js';
import { expectCase } from './failure-cases.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

const secrets = [demo.client_secret, demo.refresh_token];
const hosts = () => ['--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`];
const reports = (ws: Workspace, reporters: string) => ['--envFile', ws.envFile, ...hosts(), '--reporters', reporters, '--report-dir', ws.reportDir];

describe('two outputs on one path', { timeout: 240_000 }, () => {
  it('--export-environment = the junit report file', async () => {
    const ws = workspace(demo);
    try {
      const before = emulator.stats.requests;
      const junit = path.join(ws.reportDir, 'amazon-ads-api.na.junit.xml');
      fs.mkdirSync(ws.reportDir); // an export's folder must exist
      const ran = await collection([...reports(ws, 'cli,junit,json'), '--export-environment', junit], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toBe(`error: --export-environment and the junit report both write ${junit}, and the second would replace the first: give each its own path`);
      expect(emulator.stats.requests).toBe(before);
      expectFilesSound(ws, { reports: false, exported: false });
      expectCase('outputs-export-is-junit', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });

  it('--reporter-htmlextra-export = the json report file (reached through a different spelling)', async () => {
    const ws = workspace(demo);
    try {
      const before = emulator.stats.requests;
      const ran = await collection([...reports(ws, 'cli,json,htmlextra'), '--reporter-htmlextra-export', './reports/../reports/amazon-ads-api.na.newman.json'], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toBe(
        'error: the json report and --reporter-htmlextra-export both write ./reports/../reports/amazon-ads-api.na.newman.json, and the second would replace the first: give each its own path',
      );
      expect(emulator.stats.requests).toBe(before);
      expectFilesSound(ws, { reports: false, exported: false });
      expectCase('outputs-htmlextra-is-json', ran, ws, secrets);
    } finally {
      ws.remove();
    }
  });
});
