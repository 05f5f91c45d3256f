/**
 * Where a run prints (plugins/plugin.ts `RunOutput`): the caller's sink or process.stdout (output
 * stops quietly when its reader goes away, stdout-sink.ts), one updating progress line on a terminal
 * (progress-line.ts), colours as --color and NO_COLOR say (colour.ts); and Newman's live summary.
 */
import type { NewmanRunSummary } from 'newman';
import type { RunOptions } from '../../config/run-settings.js';
import type { RunOutput } from '../plugins/plugin.js';
import { colourWanted } from './colour.js';
import { progressOutput } from './progress-line.js';
import { stdoutSink, type Sink } from './stdout-sink.js';

/** The run's output: the sink (nothing with --silent), the updating progress line on a terminal, and whether the CLI lines and colours are wanted. */
export function runOutputOf(options: RunOptions, io: { stdout?: Sink; stream?: NodeJS.WriteStream }): RunOutput {
  const stream = io.stream ?? process.stdout;
  const write: Sink = options.silent ? () => undefined : (io.stdout ?? stdoutSink(stream));
  const terminal = io.stdout === undefined && stream.isTTY === true;
  const cli = options.reporters.includes('cli') && !options.silent;
  return { write, live: progressOutput(write, terminal), cli, colour: colourWanted(options.color, terminal, process.env.NO_COLOR) };
}

/** Newman's live run summary: its emitter's `summary`, which external reporters read while the run goes. */
export function liveSummaryOf(emitter: object): NewmanRunSummary | undefined {
  return 'summary' in emitter ? (emitter.summary as NewmanRunSummary | undefined) : undefined;
}
