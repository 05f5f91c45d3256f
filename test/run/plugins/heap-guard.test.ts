import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { exposedGc, heapGuard } from '../../../src/run/plugins/heap-guard.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const usedHeap = () => v8.getHeapStatistics().used_heap_size;

/**
 * Allocates `pages` pages of campaign-like objects, all alive until it returns (so they reach the old
 * generation, like a run's pages do), and keeps none of them afterwards.
 */
function makeGarbage(pages: number): void {
  const kept: unknown[] = [];
  for (let i = 0; i < pages; i++) {
    kept.push(Array.from({ length: 16_384 }, (_, j) => ({ campaignId: `c${i}-${j}`, state: 'ENABLED' })));
  }
  expect(kept).toHaveLength(pages);
}

describe('heapGuard', () => {
  it('does nothing while the heap has not grown past the threshold', () => {
    let calls = 0;
    const guard = heapGuard(1024 * 1024 * 1024, () => void (calls += 1));
    makeGarbage(8);
    expect(guard.check()).toBe(false);
    expect(guard.collections).toBe(0);
    expect(calls).toBe(0);
  });

  it('collects once the heap grew past the threshold, then measures from the heap that collection left', () => {
    let calls = 0;
    const guard = heapGuard(8 * 1024 * 1024, () => void (calls += 1));
    makeGarbage(64);
    expect(guard.check()).toBe(true);
    expect(calls).toBe(1);
    expect(guard.collections).toBe(1);
    expect(guard.check()).toBe(false);
    expect(guard.collections).toBe(1);
  });

  it('never collects without an exposed gc (never switches --expose-gc on itself)', () => {
    expect(exposedGc()).toBeUndefined(); // vitest workers start without --expose-gc
    const guard = heapGuard(1);
    makeGarbage(4);
    expect(guard.check()).toBe(false);
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
  });

  it('frees the garbage with the real gc of a Node started with --expose-gc', () => {
    const script = [
      "import v8 from 'node:v8';",
      "import { heapGuard } from './src/run/plugins/heap-guard.ts';",
      'const used = () => v8.getHeapStatistics().used_heap_size;',
      'const guard = heapGuard(8 * 1024 * 1024);',
      'let kept = [];',
      "for (let i = 0; i < 64; i++) kept.push(Array.from({ length: 16384 }, (_, j) => ({ campaignId: `c${i}-${j}`, state: 'ENABLED' })));",
      'kept = undefined;',
      'const before = used();',
      'const collected = guard.check();',
      'console.log(JSON.stringify({ collected, freed: used() < before, again: guard.check() }));',
    ].join('\n');
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(JSON.parse(output.trim().split('\n').pop()!)).toEqual({ collected: true, freed: true, again: false });
  });
});
