/**
 * The rules both sides apply (a sandbox script and the Node side: auth, run, report, config) live once,
 * in src/rules/: each listed here is a module the scripts import (the build bundles it) and Node imports.
 * Fails when a rule module is added without being listed, when a listed rule is no longer used by both
 * sides, or when a script (or its sandbox helpers in src/scripts/lib/) carries its own copy of a rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scriptLines } from '../../src/scripts/assemble.js';
import { scriptFiles, type ScriptEvent, type ScriptName } from '../../src/scripts/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every shared rule: its module, the sandbox files that import it (a script or a helper in lib/), the
 * scripts whose built text carries it, and the Node files that import it.
 */
const sharedRules: Record<string, { sandbox: string[]; scripts: ScriptName[]; node: string[] }> = {
  'shown-name.ts': { sandbox: ['select-profile.js'], scripts: ['select-profile'], node: ['src/run/summary/summary.ts', 'src/run/profiles/profile-results.ts'] },
  'profile-ids.ts': { sandbox: ['select-profile.js', 'select-account-after-response.js'], scripts: ['select-profile', 'select-account'], node: ['src/auth/list-profiles.ts'] },
  'report-days.ts': { sandbox: ['report-range.js', 'relative-date.js'], scripts: ['report-range', 'relative-date'], node: ['src/report/report-range.ts'] },
  'retry-timing.ts': {
    sandbox: ['check-response.js', 'refresh-token.js', 'store-token.js', 'lib/retry.js', 'lib/token-answers.js'],
    scripts: ['check-response', 'refresh-token', 'store-token'],
    node: ['src/auth/exchange-code.ts', 'src/auth/fetch-within.ts'],
  },
  'paging-bounds.ts': {
    sandbox: ['lib/paging.js'],
    scripts: ['list-campaigns', 'page-unified-query', 'select-account'],
    node: ['src/config/options.ts', 'src/catalog/variables.ts'],
  },
};

const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(root + dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(`${dir}/${entry.name}`, ext) : ext.test(entry.name) ? [`${dir}/${entry.name}`] : [],
  );
const read = (file: string) => readFileSync(root + file, 'utf8');
/** The names a rule module exports (`export function f`, `export const C`). */
const exportsOf = (file: string) => [...read(file).matchAll(/^export (?:function|const|let|var) ([A-Za-z_$][\w$]*)/gm)].map((match) => match[1]);
const bundled = (name: ScriptName) => (Object.keys(scriptFiles[name]) as ScriptEvent[]).map((event) => scriptLines(name, event).join('\n')).join('\n');

describe('shared rules (src/rules/)', () => {
  it('every module in src/rules/ is listed here, and every listed one exists', () => {
    expect(readdirSync(root + 'src/rules').sort()).toEqual(Object.keys(sharedRules).sort());
  });

  it.each(Object.entries(sharedRules))('%s is imported by the sandbox side and by Node, and the built scripts carry it', (module, { sandbox, scripts, node }) => {
    const from = new RegExp(`from '(\\.\\./)+rules/${module.replace('.ts', '')}\\.js'`);
    for (const file of sandbox) expect(read(`src/scripts/${file}`), `src/scripts/${file} imports src/rules/${module}`).toMatch(from);
    for (const name of scripts) expect(bundled(name), `the built ${name} carries src/rules/${module}`).toContain(`// src/rules/${module}`);
    for (const file of node) expect(read(file), `${file} imports src/rules/${module}`).toMatch(from);
  });

  const scriptSources = filesUnder('src/scripts', /\.js$/);
  it.each(Object.keys(sharedRules))('no script or script helper defines its own copy of what %s exports', (module) => {
    const names = exportsOf(`src/rules/${module}`);
    expect(names.length).toBeGreaterThan(0);
    for (const file of scriptSources) {
      for (const name of names) {
        expect(read(file), `${file} defines ${name}: import it from src/rules/${module}`).not.toMatch(new RegExp(`(?:function|var|let|const)\\s+${name.replace('$', '\\$')}\\b`));
      }
    }
  });

  it('no Node file outside src/rules/ defines what a rule exports', () => {
    const nodeFiles = filesUnder('src', /\.ts$/).filter((file) => !file.startsWith('src/rules/'));
    for (const module of Object.keys(sharedRules)) {
      for (const name of exportsOf(`src/rules/${module}`)) {
        for (const file of nodeFiles) {
          const own = new RegExp(`(?:function|const|let|var)\\s+${name}\\s*[=(]`);
          expect(read(file), `${file} defines ${name}: import it from src/rules/${module}`).not.toMatch(own);
        }
      }
    }
  });
});
