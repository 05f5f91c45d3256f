/**
 * The GitHub workflows run on Node 24. test.yml runs the README's test command as a plain clone does
 * (GitHub's checkout has no ../shared, so CI is set to false for it and the tests that need ../shared
 * skip by name); .ci/run is where everything runs, on every Node major package.json "engines" names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/spawn-cli.js';
import { inCi } from '../support/needs.js';

type Step = { run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> };
const workflow = (name: string) => YAML.parse(readFileSync(path.join(projectRoot, `.github/workflows/${name}`), 'utf8'));
const nodeOf = (steps: Step[]) => steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version'];

describe('.github/workflows/test.yml', () => {
  const test = workflow('test.yml');
  const steps = test.jobs.test.steps as Step[];

  it('runs on Node 24', () => {
    expect(nodeOf(steps)).toBe('24');
    expect(test.jobs.test.strategy).toBeUndefined();
  });

  it('installs from the lockfile and runs the README test command, on pushes and pull requests', () => {
    expect(Object.keys(test.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });

  it('runs the tests as a plain clone (no ../shared on GitHub): CI=false, so they skip by name instead of failing', () => {
    const env = steps.find((step) => step.run === 'npm test')?.env ?? {};
    expect(env.CI).toBe('false');
    expect(inCi({ ...env })).toBe(false);
  });
});

describe('.github/workflows/smoke.yml', () => {
  const steps = workflow('smoke.yml').jobs.collection.steps as Step[];

  it('runs on Node 24, from a production install (no test tools, no Postman CLI download)', () => {
    expect(nodeOf(steps)).toBe('24');
    expect(steps.find((step) => step.run?.startsWith('npm ci'))?.run).toBe('npm ci --omit=dev --no-audit --no-fund');
  });
});
