import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { heapGuard } from '../../src/run/heap-guard.js';

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
    const guard = heapGuard(1024 * 1024 * 1024);
    makeGarbage(8);
    expect(guard.check()).toBe(false);
    expect(guard.collections).toBe(0);
  });

  it('runs a full collection once the heap grew past the threshold, and the garbage is gone after it', () => {
    const guard = heapGuard(8 * 1024 * 1024);
    makeGarbage(64);
    const before = usedHeap();
    expect(guard.check()).toBe(true);
    expect(guard.collections).toBe(1);
    expect(usedHeap()).toBeLessThan(before);
    // measured from the heap left by that collection: no growth, no second one
    expect(guard.check()).toBe(false);
    expect(guard.collections).toBe(1);
  });

  it('leaves no gc global in new contexts such as the Postman sandbox', () => {
    heapGuard();
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
  });
});
