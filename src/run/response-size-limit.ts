/**
 * The largest response body a run reads (`--max-response-mb`). postman-request can stop reading a
 * body past a size (its `maxResponseSize`: the body stream is cut and the request fails with
 * "Maximum response size reached"), and postman-runtime passes `requester.maxResponseSize` on to it,
 * but Newman 6 does not expose that option. So the runtime Newman uses gets it here: its
 * `Runner.prototype.run` is wrapped once to add the limit of the run that is starting, found through
 * an AsyncLocalStorage, so runs in one process (tests) each keep their own limit and a run started
 * without one is untouched. The cut counts decoded bytes (after gzip), so a small compressed answer
 * that inflates past the limit is cut as well.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';

/** The message postman-request fails a request with once the body passed the limit. */
export const RESPONSE_TOO_LARGE_MESSAGE = 'Maximum response size reached';

const BYTES_PER_MB = 1024 * 1024;

interface RuntimeRunner {
  prototype: { run(collection: unknown, options: unknown, callback: unknown): unknown };
}

const limitOfRun = new AsyncLocalStorage<number>();
let installed = false;

/** Wraps the Runner of the postman-runtime that Newman itself loads (once per process). */
function install(): void {
  if (installed) return;
  installed = true;
  const requireFromNewman = createRequire(createRequire(import.meta.url).resolve('newman'));
  const { Runner } = requireFromNewman('postman-runtime') as { Runner: RuntimeRunner };
  const run = Runner.prototype.run;
  Runner.prototype.run = function (this: unknown, collection: unknown, options: unknown, callback: unknown) {
    const limit = limitOfRun.getStore();
    if (limit === undefined || typeof options !== 'object' || options === null) return run.call(this, collection, options, callback);
    const { requester } = options as { requester?: object };
    return run.call(this, collection, { ...options, requester: { ...requester, maxResponseSize: limit } }, callback);
  };
}

/** Calls `start` (which starts a Newman run) so that the run reads no response body past `megabytes`. */
export function withResponseSizeLimit<Result>(megabytes: number, start: () => Result): Result {
  install();
  return limitOfRun.run(megabytes * BYTES_PER_MB, start);
}
