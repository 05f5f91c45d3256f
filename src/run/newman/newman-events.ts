/**
 * The events of a Newman run and what each carries, typed from @types/newman and postman-collection
 * (Newman's `run()` returns an untyped EventEmitter). Plug-ins (plugins/*.ts) listen through `RunEvents`.
 */
import type { EventEmitter } from 'node:events';
import type { Cursor, NewmanRunSummary } from 'newman';
import type { Item, Request, Response, VariableScope } from 'postman-collection';

/** The error argument of an event: a request error (with a Node code), a script error or an assertion. */
export interface RunEventError {
  name?: string;
  message?: string;
  code?: string;
}

export interface RunEventMap {
  start: { cursor: Cursor; run?: { abort(): void } };
  beforeItem: { cursor: Cursor; item?: Item };
  item: { cursor: Cursor; item?: Item };
  beforeRequest: { cursor: Cursor; request?: Request; item?: Item };
  request: { cursor: Cursor; request?: Request; response?: Response; item?: Item };
  beforeScript: { cursor: Cursor; item?: Item; event?: { listen?: string } };
  script: { cursor: Cursor; execution?: { environment?: VariableScope; _variables?: VariableScope }; item?: Item; event?: { listen?: string } };
  assertion: { cursor: Cursor; assertion?: string; skipped?: boolean; item?: Item };
  console: { cursor: Cursor; level?: string; messages?: unknown[] };
  exception: { cursor: Cursor; error?: { message?: string } };
  beforeDone: { cursor: Cursor; summary: NewmanRunSummary };
}

export type RunEventName = keyof RunEventMap;
export type RunListener<Name extends RunEventName> = (error: RunEventError | null, payload: RunEventMap[Name]) => void;

export interface RunEvents {
  on<Name extends RunEventName>(event: Name, listener: RunListener<Name>): void;
}

export function runEventsOf(emitter: EventEmitter): RunEvents {
  // every plug-in and Newman's own summary listen to `request`: more than Node's default 10 is the design, not a leak
  emitter.setMaxListeners(Math.max(emitter.getMaxListeners(), 50));
  return {
    on(event, listener) {
      emitter.on(event, listener);
    },
  };
}
