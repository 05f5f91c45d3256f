/**
 * Plug-in: `-r progress`, Newman's built-in progress bar (newman/lib/reporters/progress.js, drawn by
 * cli-progress on stderr while it is a terminal), as `newman run -r progress` shows it. It prints a bar
 * only, never a request or a value, so it needs no redaction. Nothing when --silent; the reporter's
 * module is loaded only when the run asks for it.
 */
import { createRequire } from 'node:module';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunPlugin } from './plugin.js';

/** Its type only: the module itself is required in `prepare`, when the run asks for the bar. */
type ProgressBar = typeof import('newman/lib/reporters/progress.js').default;

function progressReporter(events: RunEvents, progressBar: ProgressBar): void {
  // the reporter listens for Newman's own start / item / done events, which the run emits as they are
  const on = events.on as Parameters<ProgressBar>[0]['on'];
  progressBar({ on }, {}, { silent: false });
}

export const progressReporterPlugin: RunPlugin = {
  name: 'progress reporter',
  prepare: (options) => {
    if (!options.reporters.includes('progress') || options.silent) return undefined;
    const progressBar = createRequire(import.meta.url)('newman/lib/reporters/progress.js') as ProgressBar;
    return { attach: ({ events }) => progressReporter(events, progressBar) };
  },
};
