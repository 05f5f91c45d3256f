/**
 * The one rule for tests that need something from outside the repository (test/support/needs.ts):
 * present -> run; missing -> fail under CI, else skip and name the file in one line at the end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inCi, needs, needsShared, sharedPath } from './needs.js';
import { skippedLines } from './needs-reporter.js';

const root = path.resolve(import.meta.dirname, '../..');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('needs', () => {
  it('is true when present, whatever CI says', () => {
    vi.stubEnv('CI', 'true');
    expect(needs('shared', true, 'x')).toBe(true);
    vi.stubEnv('CI', '');
    expect(needs('shared', true, 'x')).toBe(true);
  });

  it('missing under CI: throws, naming the missing file (CI runs everything)', () => {
    vi.stubEnv('CI', 'true');
    expect(() => needsShared('reference/no-such-file.json')).toThrow(
      /^CI is set, so nothing may be skipped: \.\.\/shared\/reference\/no-such-file\.json is missing \(Amazon's reference data/,
    );
  });

  it('missing outside CI: false (the caller skips), and the test file is marked for the reporter line', ({ task }) => {
    vi.stubEnv('CI', '');
    expect(needsShared('reference/no-such-file.json')).toBe(false);
    expect(task.file.meta.needs).toEqual(['shared']);
    delete task.file.meta.needs; // this file skips nothing
  });

  it('reads CI as GitHub Actions and .ci/run set it', () => {
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: '1' })).toBe(true);
    expect(inCi({})).toBe(false);
    expect(inCi({ CI: '' })).toBe(false);
    expect(inCi({ CI: 'false' })).toBe(false);
    expect(inCi({ CI: '0' })).toBe(false);
  });

  it('resolves ../shared beside the repository root', () => {
    expect(sharedPath('reference/x.json')).toBe(path.resolve(root, '../shared/reference/x.json'));
  });
});

describe('the reporter line', () => {
  const module = (relativeModuleId: string, needs?: string[]) => ({ relativeModuleId, meta: () => ({ needs }) });

  it('one line per reason, naming each skipping file once, sorted', () => {
    const lines = skippedLines([module('test/b.test.ts', ['shared']), module('test/ok.test.ts'), module('test/a.test.ts', ['shared'])]);
    expect(lines).toEqual([
      "skipped in 2 test files, because Amazon's reference data ../shared/reference is absent (a plain clone has none; CI and the team checkout do): test/a.test.ts, test/b.test.ts",
    ]);
  });

  it('nothing when nothing was skipped', () => {
    expect(skippedLines([module('test/ok.test.ts'), module('test/empty.test.ts', [])])).toEqual([]);
  });
});

describe('every test that reads ../shared goes through needs.ts', () => {
  it('no test module names ../shared/ on its own (a URL built from ../../../shared, or a path without needsShared)', () => {
    const files = readdirSync(path.join(root, 'test'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.startsWith(`support${path.sep}needs`))
      .map((file) => [`test/${file}`, readFileSync(path.join(root, 'test', file), 'utf8')] as const);
    const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const offenders = files.filter(([, text]) => {
      const body = code(text);
      return /\.\.\/\.\.\/\.\.\/shared\b/.test(body) || (/['`]\.\.\/shared\/reference/.test(body) && !body.includes('needsShared('));
    });
    expect(offenders.map(([file]) => file)).toEqual([]);
    // the rule can fail
    expect(/\.\.\/\.\.\/\.\.\/shared\b/.test(code("const f = new URL('../../../shared/reference/x', import.meta.url);"))).toBe(true);
  });
});
