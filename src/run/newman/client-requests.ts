/**
 * The HTTP requests a run sends, as Node's ClientRequest objects: Newman's own requests and the
 * scripts' pm.sendRequest calls (the token refresh) alike, seen through Node's diagnostics channel
 * `http.client.request.start`. Only requests started inside the run's async context count (the run
 * is started inside `within`), so a second run or a test's proxy in the same process is never touched.
 * The deadline plug-ins (plugins/request-deadline.ts, plugins/run-deadline.ts) end them through here:
 * Newman's own limits cannot end a body that keeps trickling in, nor a request already on the wire.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

const CHANNEL = 'http.client.request.start';

export interface ClientRequests {
  /** Runs `start` (the Newman run) so that every request it sends is tracked. */
  within<T>(start: () => T): T;
  /** Called for each request the run starts. */
  onStart(listener: (request: ClientRequest) => void): void;
  /** Ends every request still open with `error` (its 'error' event carries it to Newman or the script). */
  destroyAll(error: Error): void;
  /** Stops tracking (call once the run is done). */
  close(): void;
}

export function trackClientRequests(): ClientRequests {
  const context = new AsyncLocalStorage<true>();
  const open = new Set<ClientRequest>();
  const listeners: Array<(request: ClientRequest) => void> = [];
  const subscriber = (message: unknown) => {
    const request = (message as { request?: ClientRequest }).request;
    if (!request || context.getStore() !== true) return;
    open.add(request);
    request.once('close', () => open.delete(request));
    for (const listener of listeners) listener(request);
  };
  diagnosticsChannel.subscribe(CHANNEL, subscriber);
  return {
    within: (start) => context.run(true, start),
    onStart: (listener) => void listeners.push(listener),
    destroyAll(error) {
      for (const request of open) request.destroy(error);
      open.clear();
    },
    close() {
      diagnosticsChannel.unsubscribe(CHANNEL, subscriber);
      open.clear();
    },
  };
}

/** An error like Node's own timeouts (code ETIMEDOUT), so every layer reads it as a timeout. */
export function timeoutError(message: string): Error {
  return Object.assign(new Error(message), { code: 'ETIMEDOUT' });
}

