/**
 * Newman's CLI reporter (and Newman's own warnings) write straight to process.stdout / process.stderr.
 * While a run is in progress both are routed through the run's redactor, line by line, to the given
 * sinks. Only one run per process may capture at a time.
 */
import type { Redactor } from './redact.js';
import { redactLines } from './redact.js';

export type Sink = (text: string) => void;

/** A spinner frame of Newman's CLI reporter ("\b" + one glyph): dropped, it only animates a TTY. */
const SPINNER_FRAME = /^\u0008[^\n]?$/;

let capturing = false;

export interface OutputCapture {
  /** Restores process.stdout / process.stderr after writing what is held back. */
  release(): void;
}

export function captureOutput(redactor: Redactor, sinks: { stdout: Sink; stderr: Sink }): OutputCapture {
  if (capturing) throw new Error('another collection run is already capturing this process output');
  capturing = true;

  const originalStdout = process.stdout.write;
  const originalStderr = process.stderr.write;
  const out = redactLines(redactor, sinks.stdout);
  const err = redactLines(redactor, sinks.stderr);

  const replace = (target: typeof out) =>
    function write(chunk: unknown, encodingOrCallback?: unknown, callback?: unknown): boolean {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      if (!SPINNER_FRAME.test(text)) target.write(text);
      const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    } as typeof process.stdout.write;

  process.stdout.write = replace(out);
  process.stderr.write = replace(err);

  return {
    release() {
      if (!capturing) return;
      process.stdout.write = originalStdout;
      process.stderr.write = originalStderr;
      capturing = false;
      out.flush();
      err.flush();
    },
  };
}

/** The default sinks: the real streams (bound before capture replaces their write). */
export function processSinks(): { stdout: Sink; stderr: Sink } {
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  return { stdout: (text) => void stdout(text), stderr: (text) => void stderr(text) };
}
