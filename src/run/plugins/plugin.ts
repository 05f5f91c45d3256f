/**
 * The one shape of a run plug-in, in three steps, each optional but `prepare`:
 * - `prepare(options)`: settings only, before the collection reaches Newman: load and check what the
 *   plug-in needs (a UsageError ends the run before its first request); undefined when it takes no
 *   part in this run;
 * - `attach(run)`: listen to the run's events (and its HTTP requests), with the run's state and output;
 * - `after(run)`: once Newman is done, add its part to the run's result (files written, failures,
 *   rows), e.g. the report download and the profile table.
 * The plug-ins are listed, in order, in `index.ts`; run-collection.ts calls each step of each.
 */
import type { NewmanRunSummary } from 'newman';
import type { VariableScope } from 'postman-collection';
import type { RunOptions } from '../../config/run-settings.js';
import type { ClientRequests } from '../newman/client-requests.js';
import type { RunEvents } from '../newman/newman-events.js';
import type { ProgressOutput } from '../output/progress-line.js';
import type { Sink } from '../output/stdout-sink.js';
import type { RunState } from '../run-state.js';
import type { NewmanOutcome, RunAddition } from '../summary/summary.js';

/** Where a plug-in prints: every text is redacted by the plug-in before it is written. */
export interface RunOutput {
  /** The run's printed output (nothing with --silent). */
  write: Sink;
  /** The same output with one updating progress line on a terminal (output/progress-line.ts). */
  live: ProgressOutput;
  /** The CLI lines are wanted: `cli` is among --reporters and the run is not --silent. */
  cli: boolean;
  /** Colour the marks (a terminal, no custom sink, colour not turned off). */
  colour: boolean;
}

/** What `attach` gets: the run while it goes. */
export interface AttachedRun {
  events: RunEvents;
  state: RunState;
  /** Every HTTP request of the run, body included (the deadlines end one that takes too long). */
  requests: ClientRequests;
  output: RunOutput;
  /** Newman's live run summary (external reporters read it while the run goes). */
  liveSummary(): NewmanRunSummary | undefined;
}

/** What `after` gets: the run as Newman ended it. */
export interface FinishedRun {
  state: RunState;
  outcome: NewmanOutcome;
  /** The environment as the run left it (undefined when Newman could not start). */
  environment: VariableScope | undefined;
  output: RunOutput;
}

/** A plug-in prepared for one run. */
export interface PreparedPlugin {
  attach?(run: AttachedRun): void;
  after?(run: FinishedRun): RunAddition | undefined | Promise<RunAddition | undefined>;
}

export interface RunPlugin {
  /** As ARCHITECTURE.md and the table name it. */
  readonly name: string;
  prepare(options: RunOptions): PreparedPlugin | undefined;
}
