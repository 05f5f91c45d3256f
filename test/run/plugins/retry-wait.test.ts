import { describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorOptions } from '../../../src/emulator/index.js';
import type { RunFlags } from '../../../src/config/run-settings.js';
import { runCollection } from '../../../src/run/run-collection.js';
import { retryWaitText } from '../../../src/run/plugins/retry-wait.js';
import { demo, emulatorRunOptions, runAgainstEmulator } from '../helpers.js';

interface TimedLine {
  text: string;
  at: number;
}

/** Runs against an emulator, keeping when each printed line arrived. */
async function timedRun(emulatorOptions: EmulatorOptions, flags: RunFlags, capSeconds: string): Promise<{ exitCode: number; lines: TimedLine[] }> {
  const emulator = await startEmulator(emulatorOptions);
  const lines: TimedLine[] = [];
  try {
    const options = emulatorRunOptions(emulator, emulatorOptions.region, flags);
    const outcome = await runCollection(options, {
      credentials: demo,
      environmentValues: { retry_after_cap_seconds: capSeconds },
      stdout: (text) => {
        const at = performance.now();
        for (const line of text.split('\n')) if (line) lines.push({ text: line, at });
      },
    });
    return { exitCode: outcome.exitCode, lines };
  } finally {
    await emulator.stop();
  }
}

describe('retry-wait progress', () => {
  it('reads only console lines carrying the mark', () => {
    expect(retryWaitText(['retry-wait: 429 from X: waiting 2 s (retry 1/5)'])).toBe('429 from X: waiting 2 s (retry 1/5)');
    expect(retryWaitText(['429 from X'])).toBeUndefined();
    expect(retryWaitText(['retry-wait: a', 'b'])).toBeUndefined();
    expect(retryWaitText(undefined)).toBeUndefined();
  });

  it('prints "429 from <request>: waiting … (retry n/5)" before the wait, then the retried request', async () => {
    // 2 throttled answers (Retry-After 1 s, capped to 0.4 s), then one 500
    const { exitCode, lines } = await timedRun({ region: 'na', throttle: 2, retryAfterSeconds: 1, serverErrors: 1 }, {}, '0.4');
    expect(exitCode).toBe(0);
    const waits = lines.map((line, index) => ({ ...line, index })).filter((line) => / from .*: waiting /.test(line.text));
    expect(waits.map((line) => line.text.trim().replace(/ from .*:/, ' from <request>:'))).toEqual([
      '429 from <request>: waiting 0.4 s (retry 1/5)',
      '429 from <request>: waiting 0.4 s (retry 2/5)',
      '500 from <request>: waiting 0.4 s (retry 1/3)',
    ]);
    for (const wait of waits) {
      const request = /^ {2}\d{3} from (.*): waiting /.exec(wait.text)![1];
      // the next request line is the same request again, printed after the wait: the line came before it
      const next = lines.slice(wait.index + 1).find((line) => line.text.startsWith('→ '));
      expect(next?.text).toBe(`→ ${request.split(' / ').pop()}`);
      expect(next!.at - wait.at).toBeGreaterThanOrEqual(300);
    }
    // the console line is not printed a second time by the CLI reporter
    expect(lines.some((line) => line.text.includes('retry-wait:'))).toBe(false);
  });

  it('prints nothing with --silent', async () => {
    const { outcome, stdout } = await runAgainstEmulator({ region: 'na', throttle: 1, retryAfterSeconds: 0 }, { silent: true });
    expect(outcome.exitCode).toBe(0);
    expect(stdout).toBe('');
  });
});
