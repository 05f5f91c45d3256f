/**
 * Plug-in: every request of the run gets `--timeout-request` milliseconds (default 60 000) from the
 * moment it starts until its answer's last byte: connecting, waiting for the headers and reading the
 * body alike, so a server that never answers and one that trickles a body a byte a second both end
 * there (Newman's own request timeout only limits idle time). It covers the scripts' pm.sendRequest
 * calls too (the token refresh). A request past its limit is ended with an ETIMEDOUT error and the
 * run stops with the failure `timeout`, naming the request and the limit: a server that hangs on one
 * call would hang on the next. The request is named from `state.position` (plugins/position.ts).
 */
import type { ClientRequest } from 'node:http';
import { describeClientRequest, timeoutError, type ClientRequests } from '../newman/client-requests.js';
import type { RunState } from '../run-state.js';
import type { RunPlugin } from './plugin.js';

function requestDeadline(state: RunState, requests: ClientRequests): void {
  const limit = state.options.timeoutRequest;
  if (limit === undefined) return;
  requests.onStart((request: ClientRequest) => {
    const timer = setTimeout(() => {
      const what = describeClientRequest(request);
      const message = `timeout: ${state.redactor.redact(what)} got no complete answer within ${limit} ms (--timeout-request, the body included); stopped there`;
      if (!state.stopped) {
        const detail = `${request.method} ${request.path.split('?')[0]}, limit ${limit} ms`;
        state.detect({ cause: 'timeout', host: String(request.getHeader('host') ?? request.host), message, detail });
      }
      request.destroy(timeoutError(message));
      state.stop();
    }, limit);
    request.once('close', () => clearTimeout(timer));
  });
}

export const requestDeadlinePlugin: RunPlugin = {
  name: 'request deadline',
  prepare: (options) => (options.timeoutRequest === undefined ? undefined : { attach: ({ state, requests }) => requestDeadline(state, requests) }),
};
