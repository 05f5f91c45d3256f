/**
 * --timeout bounds the whole run: past it the request on the wire is ended, the run stops with
 * `run_timeout` naming the limit and where it was, and ends like any stopped run, with its summary,
 * report files and exported environment written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRunOptions } from '../../../src/config/run-settings.js';
import { runAgainstEmulator, summaryLines } from '../helpers.js';

describe('--timeout: the whole run', { timeout: 60_000 }, () => {
  it('a run slower than --timeout stops with run_timeout; the reports and the exported environment are still written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-deadline-'));
    try {
      const exported = path.join(dir, 'final.postman_environment.json');
      const { outcome, emulator } = await runAgainstEmulator(
        { region: 'na', latencyMs: 300 },
        { timeout: '1500', reporters: ['cli', 'junit', 'json'], reportDir: dir, exportEnvironment: exported },
      );
      expect(outcome.exitCode).toBe(1);
      const [first] = outcome.report.failures;
      expect(first.cause).toBe('run_timeout');
      expect(first.message).toMatch(/^run_timeout: the run took longer than 1500 ms \(--timeout\) and was stopped at "[^"]+"$/);
      expect(first.detail).toBe('limit 1500 ms');
      expect(summaryLines(outcome.summaryText).cause).toMatch(/^run_timeout: the run took longer than --timeout and was stopped; limit 1500 ms/);
      // stopped early: the campaign lists of all three products were not all reached
      expect(Object.keys(emulator.stats.routes).filter((route) => route.includes('campaigns')).length).toBeLessThan(3);
      expect(fs.readdirSync(dir).sort()).toEqual(['amazon-ads-api.na.junit.xml', 'amazon-ads-api.na.newman.json', 'final.postman_environment.json']);
      expect(fs.readFileSync(path.join(dir, 'amazon-ads-api.na.junit.xml'), 'utf8')).toMatch(/<\/testsuites>\s*$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the default limit is one hour', () => {
    expect(resolveRunOptions({ emulator: true }).timeout).toBe(3_600_000);
    expect(resolveRunOptions({ emulator: true, timeout: '5000' }).timeout).toBe(5000);
  });
});
