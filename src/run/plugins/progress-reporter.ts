/**
 * Plug-in: `-r progress`, Newman's built-in progress bar (newman/lib/reporters/progress.js, drawn by
 * cli-progress on stderr while it is a terminal), as `newman run -r progress` shows it. It prints a bar
 * only, never a request or a value, so it needs no redaction. Nothing when --silent.
 */
import progressBar from 'newman/lib/reporters/progress.js';
import type { RunEvents } from '../newman-events.js';

export function progressReporter(events: RunEvents, silent: boolean): void {
  // the reporter listens for Newman's own start / item / done events, which the run emits as they are
  const on = events.on as (event: string, listener: (error: unknown, payload: never) => void) => void;
  progressBar({ on }, {}, { silent });
}
