/**
 * Servers that hang, for the timeout tests: a proxy in front of an emulator that, for the requests a
 * test picks, answers the headers then trickles the body one byte at a time (never finishing within
 * the test), or never answers at all. Every other request is forwarded unchanged. Its connections are
 * closed on stop, so nothing is left behind.
 */
import type http from 'node:http';
import { startEmulatorProxy, type EmulatorProxy } from './emulator-proxy.js';

export type SlowAnswer = 'trickle' | 'silent';

export interface SlowProxy extends EmulatorProxy {
  /** Requests that got the slow answer, as `METHOD path`. */
  slowed: string[];
}

/** Pieces of a JSON token answer, sent a byte every `everyMs` (a few hundred bytes: minutes of trickle). */
const TRICKLED = `{"token_type":"bearer","expires_in":3600,"padding":"${'x'.repeat(600)}"}`;

export async function startSlowProxy(target: string, pick: (request: http.IncomingMessage) => SlowAnswer | undefined, everyMs = 250): Promise<SlowProxy> {
  const slowed: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const proxy = await startEmulatorProxy(target, {
    intercept(request, response) {
      const answer = pick(request);
      if (!answer) return false;
      slowed.push(`${request.method} ${request.url}`);
      if (answer === 'silent') return true; // headers never come
      response.writeHead(200, { 'Content-Type': 'application/json' });
      let sent = 0;
      const timer = setInterval(() => {
        if (response.destroyed || sent >= TRICKLED.length) {
          clearInterval(timer);
          timers.delete(timer);
          if (!response.destroyed) response.end();
          return;
        }
        response.write(TRICKLED[sent++]);
      }, everyMs);
      timers.add(timer);
      return true;
    },
  });
  return {
    url: proxy.url,
    slowed,
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await proxy.stop();
    },
  };
}
