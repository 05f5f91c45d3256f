/**
 * Plug-in: stops the run after a failure nothing later can recover from (no token, no host, no
 * profile: causes.ts `runStoppingCauses`), or any failure in the Auth or Profiles step, instead of
 * piling up follow-on failures.
 */
import { classifyFailure, runStoppingCauses } from '../causes.js';
import type { RunEvents } from '../newman-events.js';
import type { RunState } from '../run-state.js';

export function stopPolicy(events: RunEvents, state: RunState): void {
  const { redactor } = state;
  const stopAfter = (failure: Parameters<typeof classifyFailure>[0], itemId: string | undefined) => {
    if (state.stopped) return;
    const { cause } = classifyFailure(failure);
    if (runStoppingCauses.has(cause) || (itemId !== undefined && state.stepItemIds.has(itemId))) state.stop();
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
