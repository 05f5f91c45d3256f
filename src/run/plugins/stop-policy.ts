/**
 * Plug-in: stops the run after a failure nothing later can recover from (no token, no host, no
 * profile: src/core/causes/table.ts `runStoppingCauses`), or any failure in the Auth or Profiles step, instead of
 * piling up follow-on failures. A transient network error is judged once its item is done: the
 * scripts may have retried it (network-retry.ts).
 */
import { runStoppingCauses, type CauseId } from '../../core/causes/table.js';
import { eventFailure } from '../event-failure.js';
import type { Failure } from '../../core/causes/failure.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import { isTransientNetworkError } from './network-retry.js';
import type { RunPlugin } from './plugin.js';

/** Over several profiles, these end only the profile they happen to (the next profile may be accessible). */
const perProfileCauses: ReadonlySet<CauseId> = new Set<CauseId>(['profile_not_accessible', 'scope_missing']);

function stopPolicy(events: RunEvents, state: RunState): void {
  const { redactor } = state;
  const stopAfter = (failure: Failure, itemId: string | undefined) => {
    if (state.stopped) return;
    const { cause } = failure;
    const step = itemId !== undefined && state.stepItemIds.has(itemId);
    if (step) return state.stop();
    if (runStoppingCauses.has(cause) && !(state.options.profileSet && perProfileCauses.has(cause))) state.stop();
  };
  events.on('script', (error, o) => {
    if (error) stopAfter(eventFailure('script', error, redactor), o?.item?.id);
  });
  // a transient network error may be retried by the scripts (network-retry.ts): judged once its item is done
  const deferred = new Map<string, () => void>();
  events.on('request', (error, o) => {
    if (!error) return;
    const judge = () => stopAfter(eventFailure('request', error, redactor, o?.request?.url?.toString()), o?.item?.id);
    const ref = o?.cursor?.ref;
    if (isTransientNetworkError(error) && ref !== undefined) deferred.set(ref, judge);
    else judge();
  });
  events.on('item', (_error, o) => {
    const ref = o?.cursor?.ref;
    const judge = ref === undefined ? undefined : deferred.get(ref);
    if (!judge) return;
    deferred.delete(ref!);
    if (!state.requestErrors.get(ref!)?.retried) judge();
  });
  events.on('assertion', (error, o) => {
    if (error) stopAfter(eventFailure('assertion', error, redactor), o?.item?.id);
  });
}

export const stopPolicyPlugin: RunPlugin = {
  name: 'stop policy',
  prepare: () => ({ attach: ({ events, state }) => stopPolicy(events, state) }),
};
