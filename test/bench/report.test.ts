import { describe, expect, it } from 'vitest';
import {
  judge,
  markdownTable,
  measured,
  median,
  notMeasured,
  resultsMarkdown,
  resultsTable,
  row,
  summaryLine,
  ms,
  megabytes,
} from '../../scripts/bench/report.js';
import { pagingSpan } from '../../scripts/bench/request-clock.js';
import { redact } from '../../scripts/bench/redact.js';

const machine = {
  node: 'v20.20.2',
  cores: 2,
  cpu: 'test cpu',
  platform: 'linux x64',
  date: '2026-11-25T12:00:00Z',
  commit: 'abc1234',
  benchSeconds: 123,
  load: '1.0 -> 2.0',
};

describe('judging a measurement against its target', () => {
  it('passes at and below an upper limit and misses above it', () => {
    const target = { kind: 'atMost', limit: 300, unit: 'MB' } as const;
    expect(judge(measured(299.9), target)).toBe('pass');
    expect(judge(measured(300), target)).toBe('pass');
    expect(judge(measured(300.1), target)).toBe('MISS');
  });

  it('shows a labelled limit by its label', () => {
    const r = row('3i', 'rss', measured(400), { kind: 'atMost', limit: 300, unit: 'bytes', label: '300.0 MB' }, String);
    expect(r.target).toBe('<= 300.0 MB');
    expect(r.verdict).toBe('MISS');
  });

  it('judges ratios and exact counts', () => {
    expect(judge(measured(1.1), { kind: 'ratioAtMost', limit: 1.1 })).toBe('pass');
    expect(judge(measured(1.11), { kind: 'ratioAtMost', limit: 1.1 })).toBe('MISS');
    expect(judge(measured(1), { kind: 'exactly', expected: 1 })).toBe('pass');
    expect(judge(measured(0), { kind: 'exactly', expected: 1 })).toBe('MISS');
    expect(judge(measured(2), { kind: 'exactly', expected: 1 })).toBe('MISS');
  });

  it('never passes a measurement that could not be taken or is not a number', () => {
    expect(judge(notMeasured('emulator missing'), { kind: 'atMost', limit: 1, unit: 's' })).toBe('MISS');
    expect(judge(measured(Number.NaN), { kind: 'atMost', limit: 1, unit: 's' })).toBe('MISS');
    expect(judge(measured(Number.POSITIVE_INFINITY), { kind: 'ratioAtMost', limit: 1.1 })).toBe('MISS');
    expect(judge(notMeasured('x'), { kind: 'none', reason: 'reference' })).toBe('MISS');
    expect(judge(measured(5), { kind: 'none', reason: 'reference' })).toBe('info');
  });
});

describe('the printed table', () => {
  const rows = [
    row('1', 'ratio ours / newman', measured(1.05), { kind: 'ratioAtMost', limit: 1.1 }, (v) => v.toFixed(2)),
    row('3e', 'peak RSS at 100 000', measured(412 * 1024 * 1024), { kind: 'atMost', limit: 300 * 1024 * 1024, unit: 'bytes' }, megabytes, 'executions kept'),
    row('4a', 'build | in-process', notMeasured('src/generate has no buildCollection'), { kind: 'atMost', limit: 1000, unit: 'ms' }, ms),
  ];

  it('prints a pass as pass and a miss as a bold MISS with its value and target', () => {
    const table = resultsTable(rows);
    const lines = table.split('\n');
    expect(lines[0]).toBe('| # | Measure | Value | Target | Result | Notes |');
    expect(lines[2]).toContain('| 1.05 |');
    expect(lines[2]).toContain('| ratio <= 1.10 | pass |');
    expect(lines[3]).toContain('| 412.0 MB |');
    expect(lines[3]).toContain('| **MISS** | executions kept |');
  });

  it('prints an unmeasured row as a MISS that says why', () => {
    const line = resultsTable(rows).split('\n')[4];
    expect(line).toContain('not measured');
    expect(line).toContain('**MISS**');
    expect(line).toContain('src/generate has no buildCollection');
    // the pipe inside the measure name is escaped, so the row keeps its six columns
    expect(line).toContain('build \\| in-process');
    expect(line.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('summarises misses by row id and never claims all met when one missed', () => {
    expect(summaryLine(rows)).toBe('2 target(s) MISSED (3e, 4a); 1 met.');
    expect(summaryLine(rows.slice(0, 1))).toBe('All 1 targets met.');
  });

  it('writes the machine, the summary and every row into the results file', () => {
    const text = resultsMarkdown(machine, rows, [{ title: 'Details', body: markdownTable(['a'], [['1']]) }]);
    expect(text).toContain('| v20.20.2 | 2 | test cpu | linux x64 | 1.0 -> 2.0 | 2026-11-25T12:00:00Z | abc1234 | 123 s |');
    expect(text).toContain('2 target(s) MISSED (3e, 4a); 1 met.');
    expect(text.split('\n').filter((line) => line.includes('| **MISS** |')).length).toBe(2);
    expect(text).toContain('## Details');
  });
});

describe('numbers', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('measures the paging loop as the interval between its pages', () => {
    const seen = [
      { at: 0, method: 'POST', path: '/auth/o2/token' },
      { at: 10, method: 'POST', path: '/sp/campaigns/list' },
      { at: 20, method: 'POST', path: '/sp/campaigns/list' },
      { at: 40, method: 'POST', path: '/sp/campaigns/list' },
      { at: 45, method: 'POST', path: '/sb/v4/campaigns/list' },
    ];
    const sp = { method: 'POST', path: '/sp/campaigns/list' };
    expect(pagingSpan(seen, sp)).toEqual({ pages: 3, spanMs: 30, perPageMs: 15 });
    expect(pagingSpan(seen.slice(0, 2), sp)).toEqual({ pages: 1, spanMs: 0, perPageMs: Number.NaN });
    expect(pagingSpan(seen, { method: 'GET', path: '/sd/campaigns' })).toBeUndefined();
  });

  it('masks credentials in quoted child output', () => {
    expect(redact('bad token Atza|abc.def-1 and s3cret-value', ['s3cret-value'])).toBe('bad token *** and ***');
  });
});
