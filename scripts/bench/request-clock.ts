/**
 * Timestamps every HTTP request that reaches a server in this process (the in-process emulator),
 * through Node's `http.server.request.start` diagnostics channel: no change to the emulator, no
 * proxy in the path. The bench reads it to time "spawn -> first request" and the span of the
 * paging loop.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface SeenRequest {
  at: number; // performance.now()
  method: string;
  path: string;
}

const MAX_KEPT = 20_000; // bounded: a runaway loop can't grow this without limit

export class RequestClock {
  private seen: SeenRequest[] = [];
  private dropped = 0;
  private readonly listener = (message: unknown) => {
    const request = (message as { request?: IncomingMessage }).request;
    if (!request) return;
    if (this.seen.length >= MAX_KEPT) {
      this.dropped += 1;
      return;
    }
    const path = (request.url ?? '').split('?')[0];
    this.seen.push({ at: performance.now(), method: request.method ?? '', path });
  };

  start(): this {
    diagnosticsChannel.subscribe('http.server.request.start', this.listener);
    return this;
  }

  stop(): void {
    diagnosticsChannel.unsubscribe('http.server.request.start', this.listener);
  }

  /** Forgets what was seen; call before each measured run. */
  reset(): void {
    this.seen = [];
    this.dropped = 0;
  }

  requests(): readonly SeenRequest[] {
    return this.seen;
  }

  overflowed(): boolean {
    return this.dropped > 0;
  }

  firstAt(): number | undefined {
    return this.seen[0]?.at;
  }
}

/**
 * Span of a paging loop: from the first request matching `route` to the first later request that
 * does not match it (or to `endAt` when the loop was the last thing the run did), with the number
 * of matching requests in between. Per-page time = spanMs / pages.
 */
export function pagingSpan(
  seen: readonly SeenRequest[],
  route: { method: string; path: string },
  endAt: number,
): { pages: number; spanMs: number } | undefined {
  const matches = (r: SeenRequest) => r.method === route.method && r.path === route.path;
  const first = seen.findIndex(matches);
  if (first < 0) return undefined;
  let index = first;
  while (index < seen.length && matches(seen[index])) index += 1;
  const end = index < seen.length ? seen[index].at : endAt;
  return { pages: index - first, spanMs: end - seen[first].at };
}
