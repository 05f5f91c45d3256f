/**
 * scripts/launch/expose-gc.mjs: the launcher gives the `collection` command V8's gc() in its own
 * process (no second Node with --expose-gc); no context created afterwards (the Postman sandbox's)
 * gets a `gc` global, and the heap guard collects with it. Run in a child Node: it switches V8 flags.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/spawn-cli.js';

function inChildNode(lines: string[], nodeFlags: string[] = []): Record<string, unknown> {
  const output = execFileSync(process.execPath, [...nodeFlags, '--import', 'tsx', '--input-type=module', '-e', lines.join('\n')], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop()!) as Record<string, unknown>;
}

describe('exposeGc', () => {
  it('gives the main context a working gc(), and no context made later', () => {
    const result = inChildNode([
      "import vm from 'node:vm';",
      "import v8 from 'node:v8';",
      "import { exposeGc } from './scripts/launch/expose-gc.mjs';",
      "import { heapGuard } from './src/run/plugins/heap-guard.ts';",
      'const before = typeof globalThis.gc;',
      'exposeGc();',
      'const used = () => v8.getHeapStatistics().used_heap_size;',
      'const guard = heapGuard(8 * 1024 * 1024);',
      'let kept = [];',
      "for (let i = 0; i < 64; i++) kept.push(Array.from({ length: 16384 }, (_, j) => ({ campaignId: `c${i}-${j}`, state: 'ENABLED' })));",
      'kept = undefined;',
      'const heapBefore = used();',
      'const collected = guard.check();',
      "console.log(JSON.stringify({ before, main: typeof gc, enumerable: Object.keys(globalThis).includes('gc'), later: vm.runInNewContext('typeof gc'), collected, freed: used() < heapBefore }));",
    ]);
    expect(result).toEqual({ before: 'undefined', main: 'function', enumerable: false, later: 'undefined', collected: true, freed: true });
  });

  it('keeps the gc of a Node started with --expose-gc', () => {
    const result = inChildNode(
      ["import { exposeGc } from './scripts/launch/expose-gc.mjs';", 'const mine = gc;', 'exposeGc();', 'console.log(JSON.stringify({ same: gc === mine }));'],
      ['--expose-gc'],
    );
    expect(result).toEqual({ same: true });
  });
});
