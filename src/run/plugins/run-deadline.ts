/**
 * Plug-in: the whole run gets `--timeout` milliseconds (default 3 600 000, one hour). Past it, the
 * request on the wire is ended, the run stops with the failure `run_timeout` naming the limit and
 * the request it was at, and ends as any stopped run does: summary, report files and exported
 * environment written. (Newman's own run timeout would end the run without its reports.)
 * A script that is waiting (a retry's backoff, a report poll) finishes its wait first.
 */
import { timeoutError, type ClientRequests } from '../newman/client-requests.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';

export interface RunDeadline {
  /** Clears the timer (call once the run is done). */
  clear(): void;
  /** Milliseconds left of --timeout (for the steps after Newman, e.g. the report download); undefined without a limit. */
  remainingMs(): number | undefined;
}

export function runDeadline(events: RunEvents, state: RunState, requests: ClientRequests): RunDeadline {
  const limit = state.options.timeout;
  if (limit === undefined) return { clear: () => undefined, remainingMs: () => undefined };
  let timer: NodeJS.Timeout | undefined;
  let startedAt: number | undefined;
  // counted from Newman's start, so loading the collection is not part of the run's time
  events.on('start', () => {
    startedAt = Date.now();
    timer = setTimeout(() => {
      if (state.stopped) return;
      const { item } = state.position;
      const message = `run_timeout: the run took longer than ${limit} ms (--timeout)${item ? ` and was stopped at "${item}"` : ''}`;
      state.detect({ cause: 'run_timeout', message, detail: `limit ${limit} ms` });
      requests.destroyAll(timeoutError(message));
      state.stop();
    }, limit);
  });
  return {
    clear: () => clearTimeout(timer),
    remainingMs: () => Math.max(0, limit - (startedAt === undefined ? 0 : Date.now() - startedAt)),
  };
}
