/**
 * Questions at the terminal (node:readline). One Prompter reads one input stream line by line for
 * the whole run, so answers typed (or fed by a test) ahead of time are not lost between questions.
 * A hidden question does not echo what is typed (for the client secret).
 */
import { createInterface, type Interface } from 'node:readline';
import { Writable, type Readable } from 'node:stream';
import { RunFailure } from '../errors.js';

/** The user pressed Ctrl-C at a question: the whole command stops (unlike an answer that never comes). */
export class PromptInterrupted extends RunFailure {
  constructor() {
    super('cancelled at the prompt (Ctrl-C); nothing was written');
  }
}

export interface PromptStreams {
  input: Readable;
  output: Writable;
}

export class Prompter {
  private readonly rl: Interface;
  private readonly lines: string[] = [];
  private waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  private ended = false;
  private muted = false;

  constructor(private readonly streams: PromptStreams) {
    const echo = new Writable({
      write: (chunk, encoding, callback) => {
        if (!this.muted) streams.output.write(chunk, encoding);
        callback();
      },
    });
    const terminal = Boolean((streams.input as { isTTY?: boolean }).isTTY);
    this.rl = createInterface({ input: streams.input, output: echo, terminal });
    this.rl.setPrompt(''); // questions are written by ask(); readline must not redraw a '> ' prompt
    // In terminal mode readline swallows Ctrl-C; turn it into a clean stop instead of a hang.
    this.rl.on('SIGINT', () => {
      streams.output.write('\n');
      this.fail(new PromptInterrupted());
      this.rl.close();
    });
    this.rl.on('line', (line) => {
      if (this.waiting) {
        const { resolve } = this.waiting;
        this.waiting = undefined;
        resolve(line);
      } else this.lines.push(line);
    });
    this.rl.on('close', () => {
      this.ended = true;
      this.fail(new Error('the input ended before an answer was given'));
    });
  }

  /** Writes the question and resolves with the next answer line, trimmed. */
  async ask(question: string, options: { hidden?: boolean } = {}): Promise<string> {
    this.streams.output.write(question);
    this.muted = Boolean(options.hidden);
    try {
      const line = await this.nextLine();
      return line.trim();
    } finally {
      if (this.muted) this.streams.output.write('\n');
      this.muted = false;
    }
  }

  /** Stops waiting for an answer (e.g. the callback server won the race). */
  cancel(): void {
    this.fail(new Error('prompt cancelled'));
  }

  private fail(error: Error): void {
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      reject(error);
    }
  }

  close(): void {
    this.cancel();
    this.rl.close();
  }

  private nextLine(): Promise<string> {
    const queued = this.lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.ended) return Promise.reject(new Error('the input ended before an answer was given'));
    return new Promise<string>((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }
}
