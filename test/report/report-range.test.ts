import { describe, expect, it } from 'vitest';
import { reportRange } from '../../src/report/report-range.js';

const now = Date.parse('2026-12-04T13:00:00Z');

describe('reportRange', () => {
  it('defaults to the last 7 full days (UTC), like the collection script', () => {
    expect(reportRange({}, now)).toEqual({ startDate: '2026-11-27', endDate: '2026-12-03' });
    expect(reportRange({ days: 1 }, now)).toEqual({ startDate: '2026-12-03', endDate: '2026-12-03' });
    expect(reportRange({ days: 31 }, now)).toEqual({ startDate: '2026-11-03', endDate: '2026-12-03' });
  });

  it('takes explicit dates', () => {
    expect(reportRange({ start: '2026-10-01', end: '2026-10-31' }, now)).toEqual({ startDate: '2026-10-01', endDate: '2026-10-31' });
  });

  it.each([
    [{ days: 0 }, /--report-days must be a whole number from 1 to 31, got "0"/],
    [{ days: 32 }, /--report-days must be a whole number from 1 to 31/],
    [{ start: '2026-10-01' }, /go together/],
    [{ start: '2026-10-01', end: '2026-10-01', days: 3 }, /either --report-days or/],
    [{ start: '2026-02-30', end: '2026-03-01' }, /--report-start must be a date YYYY-MM-DD, got "2026-02-30"/],
    [{ start: '2026-10-05', end: '2026-10-01' }, /is after --report-end/],
    [{ start: '2026-09-01', end: '2026-10-31' }, /61 days; Amazon allows at most 31/],
  ])('refuses %j', (input, message) => {
    expect(() => reportRange(input, now)).toThrow(message);
  });
});
