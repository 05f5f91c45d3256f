/**
 * Plug-in: the whole run gets `--timeout` milliseconds (default 3 600 000, one hour). Past it, the
 * request on the wire is ended, the run stops with the failure `run_timeout` naming the limit and
 * the request it was at, and ends as any stopped run does: summary, report files and exported
 * environment written. (Newman's own run timeout would end the run without its reports.)
 * A script that is waiting (a retry's backoff, a report poll) finishes its wait first.
 */
import { timeoutError } from '../newman/client-requests.js';
import type { RunPlugin } from './plugin.js';
import type { RunState } from '../run-state.js';

/** Milliseconds left of --timeout, counted from Newman's start (for the steps after Newman, e.g. the report download); undefined without a limit. */
export function timeLeftMs(state: RunState): number | undefined {
  const limit = state.options.timeout;
  if (limit === undefined) return undefined;
  return Math.max(0, limit - (state.startedAt === undefined ? 0 : Date.now() - state.startedAt));
}

export const runDeadlinePlugin: RunPlugin = {
  name: 'run deadline',
  prepare: (options) => {
    const limit = options.timeout;
    if (limit === undefined) return undefined;
    let timer: NodeJS.Timeout | undefined;
    return {
      attach: ({ events, state, requests }) => {
        // counted from Newman's start, so loading the collection is not part of the run's time
        events.on('start', () => {
          timer = setTimeout(() => {
            if (state.stopped) return;
            const { item } = state.position;
            const message = `run_timeout: the run took longer than ${limit} ms (--timeout)${item ? ` and was stopped at "${item}"` : ''}`;
            state.detect({ cause: 'run_timeout', message, detail: `limit ${limit} ms` });
            requests.destroyAll(timeoutError(message));
            state.stop();
          }, limit);
        });
      },
      after: () => {
        clearTimeout(timer);
        return undefined;
      },
    };
  },
};
