import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { regionIds } from '../../src/core/regions.js';
import { projectRoot } from './helpers.js';

describe('.github/workflows/smoke.yml', () => {
  const workflow = YAML.parse(fs.readFileSync(path.join(projectRoot, '.github/workflows/smoke.yml'), 'utf8'));
  const job = workflow.jobs.collection;
  const steps = job.steps as Array<{ run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string>; if?: string }>;

  it('runs the collection once per region with the repository secrets', () => {
    expect(job.strategy.matrix.region).toEqual(regionIds);
    expect(steps.some((step) => step.run?.startsWith('npm ci'))).toBe(true);
    const run = steps.find((step) => step.run?.startsWith('npm run collection'));
    expect(run?.run).toBe('npm run collection -- --region ${{ matrix.region }} --reporters cli,junit --timeout-request 60000 --timeout 600000');
    for (const name of ['AMAZON_ADS_CLIENT_ID', 'AMAZON_ADS_CLIENT_SECRET', 'AMAZON_ADS_REFRESH_TOKEN']) {
      expect(run?.env?.[name]).toBe(`\${{ secrets.${name} }}`);
    }
  });

  it('runs when the README says it does: the cron and the words agree', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '17 5 * * 1-5' }]); // 05:17 UTC, Monday to Friday
    expect('workflow_dispatch' in workflow.on).toBe(true);
    const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const sentence = /\(\.github\/workflows\/smoke\.yml\)[^.]*\./.exec(readme)?.[0] ?? '';
    expect(sentence).toContain('every weekday (Monday to Friday) at 05:17 UTC and on demand');
    expect(readme).not.toMatch(/nightly/i);
  });

  it('the run ends by its own limits well before the job is killed, so a hang still leaves a JUnit report', () => {
    const run = steps.find((step) => step.run?.startsWith('npm run collection'))!.run!;
    const flag = (name: string) => Number(new RegExp(`--${name} (\\d+)`).exec(run)?.[1]);
    const jobMs = Number(job['timeout-minutes']) * 60_000;
    expect(flag('timeout-request')).toBeGreaterThan(0);
    expect(flag('timeout')).toBeGreaterThan(flag('timeout-request'));
    // checkout, npm ci and the upload fit in what is left (at least 3 minutes)
    expect(jobMs - flag('timeout')).toBeGreaterThanOrEqual(3 * 60_000);
  });

  it('uploads the JUnit report the runner writes, even when the run failed', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.if).toBe('always()');
    expect(upload?.with?.path).toBe('reports/amazon-ads-api.${{ matrix.region }}.junit.xml');
  });
});
