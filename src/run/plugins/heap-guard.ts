/**
 * Keeps the runner's memory small on long paging runs.
 *
 * What the run keeps is bounded (the body-release plug-in drops each response body once its item is
 * done), but every page leaves a lot of garbage behind: the body as bytes, as text, parsed in the
 * sandbox, copied across the sandbox bridge. V8 collects it lazily and lets the heap grow far beyond
 * what is live: listing 100 000 SP campaigns in pages of 1000 peaked at ~395 MB RSS, while a full GC
 * at 30 000 campaigns brought the heap from 121 MB back to 63 MB (bench/results.md, row 3).
 *
 * So after each item the runner asks `check()`: when the heap has grown by more than `growthBytes`
 * since the last full collection, it runs one. A run that never grows that much (every small run)
 * never pays for it; a big one pays one full GC per `growthBytes` of allocation. Measured at 100 000 SP
 * campaigns (2 cores): peak RSS 350 -> 223 MB in pages of 1000, 291 -> 193 MB in pages of 100, CPU time
 * within the machine's noise (~2 %). A V8 heap cap (--max-old-space-size=128) reached about the same
 * RSS, but it would end a legitimately larger run with an out-of-memory crash; this cannot.
 *
 * V8's `gc()` exists only when Node was started with --expose-gc, or when scripts/launch.mjs gave the
 * `collection` command one in its own process (scripts/launch/expose-gc.mjs). Without it (tsx, an
 * in-process caller) the guard measures but never collects: memory is then left to V8, nothing else changes.
 */
import v8 from 'node:v8';

/**
 * Growth of the used heap since the last full GC that triggers the next one: about one page of 1000
 * campaigns' garbage plus margin, so a full GC runs at most every page or so. 32 MB saved another
 * ~25 MB of RSS at more GC work; 48 keeps the peak ~75 MB under the 300 MB target.
 */
export const defaultGrowthBytes = 48 * 1024 * 1024;

export interface HeapGuard {
  /** Runs a full GC when the heap grew by more than the threshold since the last one. Returns whether it did. */
  check(): boolean;
  /** Full collections run so far. */
  readonly collections: number;
}

/** V8's gc() when one is exposed (node --expose-gc, or the launcher for `collection`), else undefined. */
export function exposedGc(): (() => void) | undefined {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  return typeof gc === 'function' ? () => void Reflect.apply(gc, globalThis, []) : undefined;
}

const usedHeap = () => v8.getHeapStatistics().used_heap_size;

export function heapGuard(growthBytes: number = defaultGrowthBytes, gc: (() => void) | undefined = exposedGc()): HeapGuard {
  let baseline = usedHeap();
  let collections = 0;
  return {
    check() {
      if (!gc || usedHeap() - baseline <= growthBytes) return false;
      gc();
      collections += 1;
      baseline = usedHeap();
      return true;
    },
    get collections() {
      return collections;
    },
  };
}
