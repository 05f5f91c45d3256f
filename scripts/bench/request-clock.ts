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
 * The paging loop of one route: how many requests it made and the time between the first and the
 * last of them. Each interval is one full page cycle (client script, request, server, response), so
 * per-page time = spanMs / (pages - 1); start-up, the other requests and shutdown are excluded.
 * A one-page loop has no interval (perPageMs is NaN).
 */
export function pagingSpan(
  seen: readonly SeenRequest[],
  route: { method: string; path: string },
): { pages: number; spanMs: number; perPageMs: number } | undefined {
  const times = seen.filter((r) => r.method === route.method && r.path === route.path).map((r) => r.at);
  if (times.length === 0) return undefined;
  const spanMs = times[times.length - 1] - times[0];
  return { pages: times.length, spanMs, perPageMs: times.length > 1 ? spanMs / (times.length - 1) : Number.NaN };
}
