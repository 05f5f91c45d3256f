/**
 * Plug-in: a transient network error on a request (the connection reset — ECONNRESET, "socket hang
 * up" — or timed out on the way — ETIMEDOUT) is retried as a 5xx answer is, by the collection's one
 * retry mechanism: check-response.js (same budget, same backoff, the same `retry-wait:` line the
 * retry-wait plug-in prints). A Postman sandbox never sees a request's error, so this plug-in names it
 * to the script: before the test scripts run it sets the environment variable `network_error` (the
 * run's environment object, which the scripts of the item read), and removes it again once the item
 * is done, so it never lands in an export. When the script scheduled a retry (retry_pending), the
 * request error is marked `retried` in state.requestErrors: it is not a failure of the run (summary/summary.ts)
 * and does not stop it (stop-policy.ts). A request ended by a deadline of ours (the run is stopped) is
 * not retried.
 */
import type { RunEventError, RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import type { RunPlugin } from './plugin.js';

/** The variable check-response.js reads. */
export const NETWORK_ERROR_VARIABLE = 'network_error';

/** Whether a request error is one a retry may cure: the connection reset or timed out on the way. */
export function isTransientNetworkError(error: RunEventError | null | undefined): boolean {
  if (!error) return false;
  return error.code === 'ECONNRESET' || error.code === 'ETIMEDOUT' || /socket hang up/i.test(error.message ?? '');
}

/** The name the retry line gives the error: its code, else its message. */
function networkErrorName(error: RunEventError): string {
  return error.code ?? (error.message ?? 'network error').slice(0, 40);
}

interface ScopeLike {
  set(key: string, value: unknown, type?: string): void;
  unset(key: string): void;
}

function networkRetry(events: RunEvents, state: RunState): void {
  let environment: ScopeLike | undefined;
  // the refs of the requests whose error the scripts were told of, until their item ends
  const told = new Set<string>();
  events.on('start', (_error, o) => {
    environment = (o?.run as { state?: { environment?: ScopeLike } } | undefined)?.state?.environment;
  });
  events.on('request', (error, o) => {
    const ref = o?.cursor?.ref;
    if (!environment || ref === undefined) return;
    if (!state.stopped && isTransientNetworkError(error)) {
      environment.set(NETWORK_ERROR_VARIABLE, networkErrorName(error!), 'string');
      told.add(ref);
    } else {
      environment.unset(NETWORK_ERROR_VARIABLE);
    }
  });
  events.on('script', (_error, o) => {
    const ref = o?.cursor?.ref;
    if (ref === undefined || !told.has(ref) || o?.event?.listen !== 'test') return;
    if (o.execution?._variables?.get('retry_pending') === 'true') {
      const logged = state.requestErrors.get(ref);
      if (logged) logged.retried = true;
    }
  });
  events.on('item', (_error, o) => {
    const ref = o?.cursor?.ref;
    if (ref === undefined || !told.delete(ref)) return;
    environment?.unset(NETWORK_ERROR_VARIABLE);
  });
}

export const networkRetryPlugin: RunPlugin = {
  name: 'network retry',
  prepare: () => ({ attach: ({ events, state }) => networkRetry(events, state) }),
};
