/**
 * What one run knows while it runs, shared by its plug-ins: the options, the one redactor, what was
 * contacted, the request errors (for the summary) and the stop switch.
 * Each plug-in owns the fields it writes; the summary (summary.ts) reads them once the run is done.
 */
import type { Redactor } from '../core/redact.js';
import type { RunOptions } from '../config/run-settings.js';
import type { ClassifiedFailure } from './causes.js';

export interface RequestError {
  code?: string;
  url: string;
  /** "Folder / Request" (plugins/position.ts): Newman's failure names the runtime's copy of the item, which has no folders. */
  item?: string;
}

/** The request the run is in and the script of it that started last (plugins/position.ts). */
export interface RunPosition {
  /** "Folder / Request". */
  item?: string;
  itemId?: string;
  script?: 'prerequest' | 'test';
}

export interface RunState {
  readonly options: RunOptions;
  readonly redactor: Redactor;
  /** Ids of the requests of the Auth and Profiles steps: a failure there stops the run. */
  readonly stepItemIds: ReadonlySet<string>;
  /** Distinct origins (scheme://host:port) of every request sent (request-log plug-in). */
  readonly origins: Set<string>;
  /** Request errors by cursor ref, with the URL they happened at (request-log plug-in). */
  readonly requestErrors: Map<string, RequestError>;
  /**
   * Failures a plug-in found that Newman does not report (e.g. redirect-guard), or reports with less to say
   * (a request ended by a deadline); listed first in the summary. `item` is the request's full name, `itemId`
   * its id, by which Newman's own failure for the same request is recognised and left out.
   */
  readonly detectedFailures: Array<ClassifiedFailure & { item?: string; itemId?: string }>;
  /** When Newman started the run (Date.now()); set by run-collection.ts, read by the run deadline. */
  startedAt?: number;
  /** Where the run is (plugins/position.ts); empty before the first request. */
  position: RunPosition;
  /** Records a failure a plug-in found at the request the run is in (`position`: its name and id). */
  detect(failure: ClassifiedFailure): void;
  /** True once the stop policy ended the run. */
  readonly stopped: boolean;
  /** Set by the run at its start: aborts the Newman run. */
  setAbort(abort: () => void): void;
  /** Stops the run (once); before the run has started, as soon as it starts. */
  stop(): void;
}

export function createRunState(options: RunOptions, redactor: Redactor, stepItemIds: ReadonlySet<string>): RunState {
  let abort: (() => void) | undefined;
  let stopped = false;
  const state: RunState = {
    options,
    redactor,
    stepItemIds,
    origins: new Set(),
    requestErrors: new Map(),
    detectedFailures: [],
    position: {},
    detect(failure) {
      state.detectedFailures.push({ ...failure, item: state.position.item, itemId: state.position.itemId });
    },
    get stopped() {
      return stopped;
    },
    setAbort(next) {
      abort = next;
      // a stop asked before the run started (a deadline that came first) takes effect at once
      if (stopped) abort();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      abort?.();
    },
  };
  return state;
}
