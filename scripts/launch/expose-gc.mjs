/**
 * V8's `gc()` for the `collection` command, without starting a second Node with --expose-gc.
 *
 * The run's heap guard (src/run/plugins/heap-guard.ts) runs a full GC when the garbage of past pages has piled
 * up, which halves the peak memory of long paging runs (bench row 3); V8 hands `gc` only to contexts
 * created while its expose-gc flag is on. So the flag is switched on, one throwaway context is created
 * to take its `gc`, and the flag is switched off again before anything else runs: no other context
 * (the Postman sandbox's above all) ever gets a `gc` global. The function is the isolate's, so it
 * collects the whole heap, as `node --expose-gc` would. It is set as the main context's `gc` global,
 * where --expose-gc puts it and where the heap guard looks.
 *
 * Before, the launcher started the command in a child Node with --expose-gc: one more Node start and
 * one more launcher per run (~0.5 s of CPU on a loaded 2-core machine, bench row 1).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

export function exposeGc() {
  if (typeof globalThis.gc === 'function') return; // started with --expose-gc already
  v8.setFlagsFromString('--expose-gc');
  let gc;
  try {
    gc = vm.runInNewContext('gc');
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
  if (typeof gc === 'function') Object.defineProperty(globalThis, 'gc', { value: gc, writable: true, configurable: true, enumerable: false });
}
