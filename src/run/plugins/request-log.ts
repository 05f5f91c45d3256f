/**
 * Plug-in: records what the run contacted (the origin of every request) and each request error with
 * the URL it happened at and the request's "Folder / Request" (`state.position`), for the summary's
 * failures and for tests that prove the run stayed on the hosts it was given.
 */
import type { RunEvents } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import type { RunPlugin } from './plugin.js';

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function requestLog(events: RunEvents, state: RunState): void {
  events.on('request', (error, o) => {
    const url = o?.request?.url?.toString() ?? '';
    const origin = originOf(url);
    if (origin) state.origins.add(origin);
    if (error && o?.cursor?.ref) state.requestErrors.set(o.cursor.ref, { code: error.code, url, item: state.position.item });
  });
}

export const requestLogPlugin: RunPlugin = {
  name: 'request log',
  prepare: () => ({ attach: ({ events, state }) => requestLog(events, state) }),
};
