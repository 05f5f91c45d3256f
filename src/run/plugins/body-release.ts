/**
 * Plug-in: keeps memory bounded on long paging runs. Newman keeps every execution (request +
 * response) until the end; once an item has finished (its tests have read the response), the body is
 * dropped, and the heap guard runs a full collection when the garbage of past pages has piled up.
 */
import type { Response } from 'postman-collection';
import { heapGuard } from '../heap-guard.js';
import type { RunEvents } from '../newman-events.js';

export function bodyRelease(events: RunEvents): void {
  const heap = heapGuard();
  let finished: Response[] = [];
  events.on('request', (_error, o) => {
    if (o?.response) finished.push(o.response);
  });
  events.on('item', () => {
    for (const response of finished) {
      response.stream = undefined;
      response.body = undefined;
    }
    finished = [];
    heap.check();
  });
}
