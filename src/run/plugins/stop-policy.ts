/**
 * Plug-in: stops the run after a failure nothing later can recover from (no token, no host, no
 * profile: src/core/causes/table.ts `runStoppingCauses`), or any failure in the Auth or Profiles step, instead of
 * piling up follow-on failures.
 */
import { runStoppingCauses, type CauseId } from '../../core/causes/table.js';
import { eventFailure } from '../event-failure.js';
import type { Failure } from '../../core/causes/failure.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
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
  events.on('request', (error, o) => {
    if (!error) return;
    stopAfter(eventFailure('request', error, redactor, o?.request?.url?.toString()), o?.item?.id);
  });
  events.on('assertion', (error, o) => {
    if (error) stopAfter(eventFailure('assertion', error, redactor), o?.item?.id);
  });
}

export const stopPolicyPlugin: RunPlugin = {
  name: 'stop policy',
  prepare: () => ({ attach: ({ events, state }) => stopPolicy(events, state) }),
};
