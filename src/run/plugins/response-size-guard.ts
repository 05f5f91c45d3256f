/**
 * Plug-in: a response body past `--max-response-mb` (cut by the requester, see response-size-limit.ts)
 * is the run's failure `response_too_large`, naming the request and the limit, and the run stops there:
 * the list it belonged to cannot go on without that answer, and a 4 GB heap or a script time limit is
 * not how a user should learn that an answer is huge. The request is named from `state.position`
 * (plugins/position.ts), "Folder / Request" like every failure: the `request` event's item is the
 * runtime's copy of it, without its folders.
 */
import type { RunEvents } from '../newman/newman-events.js';
import { RESPONSE_TOO_LARGE_MESSAGE } from '../newman/response-size-limit.js';
import type { RunState } from '../run-state.js';
import { shownName } from '../shown-name.js';
import type { RunPlugin } from './plugin.js';

function responseSizeGuard(events: RunEvents, state: RunState): void {
  events.on('request', (error, o) => {
    if (!error?.message?.includes(RESPONSE_TOO_LARGE_MESSAGE)) return;
    const limit = state.options.maxResponseMb;
    const method = o?.request?.method ?? 'GET';
    let host: string | undefined;
    let where = '(unknown URL)';
    try {
      const url = new URL(o?.request?.url?.toString() ?? '');
      host = url.host;
      // the path only: a query may carry a paging token
      where = url.pathname;
    } catch {
      // keep the placeholder
    }
    const { item } = state.position;
    const name = item === undefined ? undefined : shownName(item);
    state.detect({
      cause: 'response_too_large',
      host,
      detail: `${name ? `"${name}" (${method} ${where})` : `${method} ${where}`} sent more than ${limit} MB (--max-response-mb ${limit})`,
      message: `response_too_large: ${method} ${where} answered a body above ${limit} MB; the run stopped reading it`,
    });
    state.stop();
  });
}

export const responseSizeGuardPlugin: RunPlugin = {
  name: 'response size guard',
  prepare: () => ({ attach: ({ events, state }) => responseSizeGuard(events, state) }),
};
