/**
 * .github/workflows/test.yml runs the suite on every Node major package.json "engines" names (the
 * same versions .ci/run tests on one machine).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/spawn-cli.js';

describe('.github/workflows/test.yml', () => {
  const workflow = YAML.parse(readFileSync(path.join(projectRoot, '.github/workflows/test.yml'), 'utf8'));
  const job = workflow.jobs.test;
  const steps = job.steps as Array<{ run?: string; uses?: string; with?: Record<string, string> }>;
  const engines = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

  it('has a Node matrix of every major in engines', () => {
    const majors = engines.split('||').map((part) => /\^(\d+)\./.exec(part)?.[1]);
    expect(job.strategy.matrix.node).toEqual(majors);
    expect(job.strategy['fail-fast']).toBe(false);
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe('${{ matrix.node }}');
  });

  it('installs from the lockfile and runs the README test command, on pushes and pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });
});
