/**
 * One plug-in lifecycle (issue 24 item 3): every plug-in of the run has the one shape of
 * src/run/plugins/plugin.ts (prepare / attach / after) and is listed once in the ordered table
 * src/run/plugins/index.ts, which run-collection.ts walks; no plug-in is attached by hand elsewhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveRunOptions } from '../../../src/config/run-settings.js';
import { runPlugins } from '../../../src/run/plugins/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** Every `export const <name>: RunPlugin` under src/run, as `file: name`. */
function declaredPlugins(): string[] {
  const files = (fs.readdirSync(path.join(root, 'src/run'), { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.ts'));
  return files.flatMap((file) => [...read(path.join('src/run', file)).matchAll(/export const (\w+): RunPlugin\b/g)].map((match) => match[1]));
}

describe('the run plug-in table', () => {
  it('lists every plug-in declared under src/run once, each of the one shape', () => {
    const listed = read('src/run/plugins/index.ts');
    const names = [...listed.matchAll(/^ {2}(\w+Plugin),$/gm)].map((match) => match[1]);
    expect(names).toHaveLength(runPlugins.length);
    expect(new Set(names).size).toBe(names.length);
    expect([...declaredPlugins()].sort()).toEqual([...names].sort());
    for (const plugin of runPlugins) {
      expect(Object.keys(plugin).sort()).toEqual(['name', 'prepare']);
      expect(typeof plugin.prepare).toBe('function');
    }
  });

  it('keeps the order the run needs: deadline, learner, position first; report download, file reports, exported environment in that order; printers last', () => {
    const order = runPlugins.map((plugin) => plugin.name);
    expect(order.slice(0, 3)).toEqual(['run deadline', 'secrets learner', 'position']);
    expect(order.indexOf('report download')).toBeLessThan(order.indexOf('file reporters'));
    expect(order.indexOf('file reporters')).toBeLessThan(order.indexOf('export environment'));
    expect(order.slice(-3)).toEqual(['CLI reporter', 'paging progress', 'retry-wait progress']);
  });

  it('prepares only the plug-ins a run asks for, and the after steps are plug-ins of the table', () => {
    const prepared = (flags: Parameters<typeof resolveRunOptions>[0]) => {
      const options = resolveRunOptions(flags);
      return runPlugins.filter((plugin) => plugin.prepare(options) !== undefined).map((plugin) => plugin.name);
    };
    const plain = prepared({ emulator: true, reporters: 'cli' });
    expect(plain).not.toContain('report download');
    expect(plain).not.toContain('export environment');
    expect(plain).not.toContain('profile results');
    // the file reporters' pre-flight prepares --report-dir: a folder of our own
    const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-table-'));
    try {
      expect(prepared({ emulator: true, reporters: 'cli', folder: 'reports', reportDir })).toContain('report download');
    } finally {
      fs.rmSync(reportDir, { recursive: true, force: true });
    }
    expect(prepared({ emulator: true, reporters: 'cli', silent: true })).not.toContain('CLI reporter');
    expect(prepared({ emulator: true, allProfiles: true })).toContain('profile results');
    // run-collection.ts attaches nothing by hand: it walks the table
    expect(read('src/run/run-collection.ts')).not.toMatch(/from '\.\/plugins\/(?!index|plugin)/);
  });
});
