/**
 * `-r progress`: Newman's own progress bar listens to the run's start / item / done events and draws
 * on stderr while it is a terminal (stderr is made to look like one here, and its writes collected).
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunOptions } from '../../../src/config/run-settings.js';
import { runEventsOf } from '../../../src/run/newman/newman-events.js';
import type { AttachedRun } from '../../../src/run/plugins/plugin.js';
import { progressReporterPlugin } from '../../../src/run/plugins/progress-reporter.js';

const wasTTY = process.stderr.isTTY;
afterEach(() => {
  process.stderr.isTTY = wasTTY;
  vi.restoreAllMocks();
});

function drawn(silent: boolean): string {
  process.stderr.isTTY = true;
  let written = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  const emitter = new EventEmitter();
  const prepared = progressReporterPlugin.prepare({ reporters: ['progress'], silent } as RunOptions);
  prepared?.attach?.({ events: runEventsOf(emitter) } as AttachedRun);
  emitter.emit('start', null, { cursor: { length: 4, cycles: 1 } });
  for (let item = 0; item < 4; item++) emitter.emit('item', null, {});
  emitter.emit('done', null, {});
  return written;
}

describe('progress reporter plug-in', () => {
  it('draws Newman\'s bar up to the last request', () => {
    expect(drawn(false)).toContain('4/4');
  });
  it('draws nothing with --silent', () => {
    expect(drawn(true)).toBe('');
  });
});
