/**
 * Where the run's progress lines go (the page lines of plugins/paging-progress.ts). Not a terminal:
 * each is a line of its own, so a log keeps every page. On a terminal: one line at the bottom of the
 * output that updates in place (`\r`), `SP page 12 · 12 000 campaigns`; the request lines printed
 * meanwhile go above it, and it stays as an ordinary line when another list (SB) starts or the run
 * ends. Only `\r` and spaces, no escape codes, so NO_COLOR and `--color off` change nothing here.
 */
import type { Sink } from './stdout-sink.js';

export interface ProgressOutput {
  /** Ordinary output, whole lines (ending in \n). */
  write: Sink;
  /** A progress line of `topic` (e.g. 'SP'): on a terminal it replaces the last one of that topic. */
  progress(topic: string, text: string): void;
  /** Leaves the progress line shown as an ordinary line; call before the summary. */
  end(): void;
}

export function progressOutput(write: Sink, terminal: boolean): ProgressOutput {
  if (!terminal) {
    return { write, progress: (_topic, text) => write(`${text}\n`), end: () => undefined };
  }
  let shown: { topic: string; text: string } | undefined;
  const blank = (text: string) => `\r${' '.repeat(text.length)}\r`;
  return {
    write(text) {
      if (!shown) return write(text);
      write(`${blank(shown.text)}${text}${shown.text}`);
    },
    progress(topic, text) {
      if (shown && shown.topic !== topic) write('\n');
      else if (shown) write(blank(shown.text));
      shown = { topic, text };
      write(text);
    },
    end() {
      if (shown) write('\n');
      shown = undefined;
    },
  };
}
