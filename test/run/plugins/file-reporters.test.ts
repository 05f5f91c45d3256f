/**
 * The JSON report of a long paging run stays bounded per execution (issue 17, item 9): no script text
 * of the collection, no headers or bodies, only what a reader needs; the JUnit report of the same run
 * is still complete.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgainstEmulator } from '../helpers.js';

/** Bytes one execution may take in the (pretty-printed) JSON report: its URL, names, codes and assertions. */
const BYTES_PER_EXECUTION = 4096;

describe('the JSON report of a long paging run', { timeout: 600_000 }, () => {
  it('keeps per execution only item, request line, response figures and assertions; JUnit stays complete', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'json-report-'));
    try {
      // 1200 SP campaigns, 10 a page: 120 pages of "List SP campaigns"
      const { outcome } = await runAgainstEmulator(
        { region: 'na', campaigns: 1200, sbCampaigns: 0, sdCampaigns: 0 },
        { reporters: 'json,junit', reportDir: dir, pageSize: '10' },
      );
      expect(outcome.exitCode, outcome.summaryText).toBe(0);
      const text = fs.readFileSync(path.join(dir, 'amazon-ads-api.na.newman.json'), 'utf8');
      const report = JSON.parse(text);
      const executions = report.run.executions as Array<Record<string, any>>;
      const pages = executions.filter((execution) => execution.item.name === 'List SP campaigns');
      expect(pages.length).toBeGreaterThanOrEqual(120);

      // no script of the collection, no header, no body
      expect(text).not.toContain('"exec"');
      expect(text).not.toContain('pm.environment');
      expect(text).not.toMatch(/"header"\s*:/);
      expect(text).not.toMatch(/"stream"\s*:/);
      expect(text.length / executions.length).toBeLessThan(BYTES_PER_EXECUTION);

      // what a reader needs is still there, in Newman's shape
      const page = pages[1];
      expect(page.item).toEqual({ id: expect.any(String), name: 'List SP campaigns' });
      expect(page.request.method).toBe('POST');
      expect(page.request.url.path.join('/')).toBe('sp/campaigns/list');
      expect(page.response).toMatchObject({ code: 200, status: 'OK', responseTime: expect.any(Number), responseSize: expect.any(Number) });
      expect(page.assertions.length).toBeGreaterThan(0);
      expect(page.assertions[0]).toMatchObject({ assertion: expect.any(String) });
      expect(report.run.stats.requests.total).toBe(executions.length);
      expect(report.collection.info.name).toEqual(expect.any(String));
      expect(report.environment.values).toBeInstanceOf(Array);

      // JUnit of the same run: one testsuite per request of the collection, well formed at both ends
      const junit = fs.readFileSync(path.join(dir, 'amazon-ads-api.na.junit.xml'), 'utf8').trim();
      expect(junit).toMatch(/^<\?xml[\s\S]*<\/testsuites>$/);
      expect((junit.match(/<testsuite /g) ?? []).length).toBe(new Set(executions.map((execution) => execution.item.id)).size);
      expect(junit).toMatch(/<testsuite name="[^"]*List SP campaigns" [^>]*failures="0"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
