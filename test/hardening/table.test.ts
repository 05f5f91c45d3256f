/**
 * docs/failure-cases.md cannot drift: it lists exactly the catalogued cases, in order, each with a test
 * that compares the case's exit code and stderr with its row (and scans its outputs for secrets), and
 * the README and the "Exit codes and causes" section of docs/running.md link it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesDoc, casesTable, failureCases, readCasesTable, type Observed } from './cases.js';

const testDir = path.dirname(casesDoc).replace(/docs$/, 'test/hardening');
const testSources = fs
  .readdirSync(testDir)
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => fs.readFileSync(path.join(testDir, file), 'utf8'))
  .join('\n');

describe('the failure-case catalogue', () => {
  it('has unique ids', () => {
    const ids = failureCases.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every case is run by a test that checks it against the table (expectCase, directly or through badInput / faultCase)', () => {
    const untested = failureCases.filter((entry) => !new RegExp(`\\b(?:expectCase|badInput|faultCase)\\('${entry.id}'`).test(testSources));
    expect(untested.map((entry) => entry.id)).toEqual([]);
  });

  it('the table format reads back what it writes', () => {
    const observed = new Map<string, Observed>(
      failureCases.map((entry, index) => [
        entry.id,
        { id: entry.id, exitCode: index % 3, lines: index % 2 ? [] : ['warning: a | b `c`', 'error: <tmp>/x - run `npm run build`'] },
      ]),
    );
    const rows = readCasesTable(casesTable(observed));
    expect([...rows.keys()]).toEqual(failureCases.map((entry) => entry.id));
    for (const [id, seen] of observed) expect(rows.get(id)).toMatchObject({ exitCode: seen.exitCode, lines: seen.lines });
  });
});

describe.skipIf(process.env.UPDATE_FAILURE_CASES)('docs/failure-cases.md', () => {
  it('lists exactly the catalogued cases, in order, with their descriptions (else: npm run docs:cases)', () => {
    const rows = readCasesTable();
    expect([...rows.keys()]).toEqual(failureCases.map((entry) => entry.id));
    for (const entry of failureCases) expect(rows.get(entry.id)?.what, entry.id).toBe(entry.what);
  });

  it('is linked from the README and from the section "Exit codes and causes" of docs/running.md', () => {
    const readme = fs.readFileSync(path.join(path.dirname(casesDoc), '..', 'README.md'), 'utf8');
    expect(readme).toContain('](docs/failure-cases.md)');
    const running = fs.readFileSync(path.join(path.dirname(casesDoc), 'running.md'), 'utf8');
    const start = running.indexOf('\n## Exit codes and causes\n');
    expect(start).toBeGreaterThan(-1);
    const end = running.indexOf('\n## ', start + 3);
    const section = running.slice(start, end === -1 ? undefined : end);
    expect(section).toContain('](failure-cases.md)');
  });
});
