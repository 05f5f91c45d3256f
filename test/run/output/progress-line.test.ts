import { describe, expect, it } from 'vitest';
import { progressOutput } from '../../../src/run/output/progress-line.js';
import { screenOf } from '../helpers.js';

function collect() {
  let raw = '';
  return { sink: (text: string) => void (raw += text), raw: () => raw };
}

describe('progress output', () => {
  it('not a terminal: one line per progress call, ordinary lines untouched', () => {
    const out = collect();
    const live = progressOutput(out.sink, false);
    live.progress('SP', '  SP page 1 · 3 campaigns');
    live.write('→ List SP campaigns\n');
    live.progress('SP', '  SP page 2 · 6 campaigns');
    live.end();
    expect(out.raw()).toBe('  SP page 1 · 3 campaigns\n→ List SP campaigns\n  SP page 2 · 6 campaigns\n');
  });

  it('on a terminal: one line at the bottom updated in place, kept when the topic changes and at the end', () => {
    const out = collect();
    const live = progressOutput(out.sink, true);
    live.write('→ List SP campaigns\n');
    live.progress('SP', '  SP page 1 · 3 campaigns');
    live.write('→ List SP campaigns\n');
    live.write('  GET /sp/campaigns/list [200 OK]\n');
    live.progress('SP', '  SP page 12 · 12 000 campaigns');
    live.progress('SP', '  SP page 13 · 12 001 campaigns');
    live.write('→ List SB campaigns\n');
    live.progress('SB', '  SB page 1 · 3 campaigns');
    live.end();
    live.write('Run summary\n');
    expect(out.raw()).toContain('\r');
    expect(out.raw()).not.toContain('\u001b');
    expect(screenOf(out.raw())).toEqual([
      '→ List SP campaigns',
      '→ List SP campaigns',
      '  GET /sp/campaigns/list [200 OK]',
      '→ List SB campaigns',
      '  SP page 13 · 12 001 campaigns',
      '  SB page 1 · 3 campaigns',
      'Run summary',
      '',
    ]);
  });

  it('a shorter update blanks what the longer one left', () => {
    const out = collect();
    const live = progressOutput(out.sink, true);
    live.progress('SP', '  SP page 9 · 999 999 campaigns');
    live.progress('SP', '  SP page 1 · 3 campaigns');
    live.end();
    expect(screenOf(out.raw())).toEqual(['  SP page 1 · 3 campaigns', '']);
  });
});
