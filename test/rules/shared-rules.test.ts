/**
 * The rules both sides apply (a sandbox script and the Node side: auth, run, report, config) live once,
 * in src/rules/: each listed here is a module the scripts import (the build bundles it) and Node imports.
 * Fails when a rule module is added without being listed, when a listed rule is no longer used by both
 * sides, or when a script (or its sandbox helpers in src/scripts/lib/) carries its own copy of a rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scriptLines } from '../../src/generate/embed-scripts.js';
import { scriptFiles, type ScriptEvent, type ScriptName } from '../../src/scripts/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every shared rule: its module, the scripts that import it and the Node files that import it. */
const sharedRules: Record<string, { scripts: ScriptName[]; node: string[] }> = {
  'shown-name.ts': { scripts: ['select-profile'], node: ['src/run/summary.ts', 'src/run/plugins/profile-results.ts'] },
  'profile-ids.ts': { scripts: ['select-profile', 'select-account'], node: ['src/auth/list-profiles.ts'] },
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

  it.each(Object.entries(sharedRules))('%s is imported by its scripts and by Node, and the built script carries it', (module, { scripts, node }) => {
    const from = new RegExp(`from '(\\.\\./)+rules/${module.replace('.ts', '')}\\.js'`);
    for (const name of scripts) {
      const files = Object.values(scriptFiles[name]) as string[];
      expect(files.some((file) => from.test(read(`src/scripts/${file}`))), `${name} imports src/rules/${module}`).toBe(true);
      expect(bundled(name)).toContain(`// src/rules/${module}`);
    }
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
