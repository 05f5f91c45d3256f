/**
 * Plug-in: stops the run after a failure nothing later can recover from (no token, no host, no
 * profile: causes.ts `runStoppingCauses`), or any failure in the Auth or Profiles step, instead of
 * piling up follow-on failures.
 */
import { classifyFailure, runStoppingCauses, type CauseId } from '../causes.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import type { RunPlugin } from './plugin.js';

/** Over several profiles, these end only the profile they happen to (the next profile may be accessible). */
const perProfileCauses: ReadonlySet<CauseId> = new Set<CauseId>(['profile_not_accessible', 'scope_missing']);

function stopPolicy(events: RunEvents, state: RunState): void {
  const { redactor } = state;
  const stopAfter = (failure: Parameters<typeof classifyFailure>[0], itemId: string | undefined) => {
    if (state.stopped) return;
    const { cause } = classifyFailure(failure);
    const step = itemId !== undefined && state.stepItemIds.has(itemId);
    if (step) return state.stop();
    if (runStoppingCauses.has(cause) && !(state.options.profileSet && perProfileCauses.has(cause))) state.stop();
  };
  events.on('script', (error, o) => {
    if (error) stopAfter({ message: redactor.redactError(error.message ?? ''), kind: 'script' }, o?.item?.id);
  });
  events.on('request', (error, o) => {
    if (!error) return;
    stopAfter({ message: redactor.redactError(error.message ?? ''), code: error.code, url: o?.request?.url?.toString(), kind: 'request' }, o?.item?.id);
  });
  events.on('assertion', (error, o) => {
    if (error) stopAfter({ message: redactor.redact(error.message ?? ''), kind: 'assertion' }, o?.item?.id);
  });
}

export const stopPolicyPlugin: RunPlugin = {
  name: 'stop policy',
  prepare: () => ({ attach: ({ events, state }) => stopPolicy(events, state) }),
};
