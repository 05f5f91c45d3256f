/**
 * Plug-in: keeps memory bounded on long paging runs. Newman keeps every execution (request +
 * response) until the end; once an item has finished (its tests have read the response), the body is
 * dropped, and the heap guard runs a full collection when the garbage of past pages has piled up.
 */
import type { Response } from 'postman-collection';
import { heapGuard } from './heap-guard.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunPlugin } from './plugin.js';
import { isExternalReporter } from './load-reporters.js';

/** Shared by every released response: reporters that read `stream` (htmlextra does) get an empty body, not a crash. */
const EMPTY_STREAM = Buffer.alloc(0);

/** `emptyStream`: leave an empty Buffer instead of no stream (external reporters read it). */
function bodyRelease(events: RunEvents, emptyStream = false): void {
  const heap = heapGuard();
  let finished: Response[] = [];
  events.on('request', (_error, o) => {
    if (o?.response) finished.push(o.response);
  });
  events.on('item', () => {
    for (const response of finished) {
      response.stream = emptyStream ? EMPTY_STREAM : undefined;
      response.body = undefined;
    }
    finished = [];
    heap.check();
  });
}

/** An external reporter (htmlextra reads `stream`) gets an empty Buffer where a body was released. */
export const bodyReleasePlugin: RunPlugin = {
  name: 'body release',
  prepare: (options) => {
    const emptyStream = options.reporters.some(isExternalReporter);
    return { attach: ({ events }) => bodyRelease(events, emptyStream) };
  },
};
