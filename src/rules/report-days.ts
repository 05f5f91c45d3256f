/**
 * Calendar days and the report range, a rule both sides apply: UTC days as YYYY-MM-DD, what counts as
 * a real date, and Amazon's longest report range (31 days, both ends included). The collection's
 * report-range script (bundled by the build) and the runner's --report-days / --report-start /
 * --report-end (src/report/report-range.ts) check the same range with these.
 */

/** One day in milliseconds. */
export const DAY_MS = 86400000;

/** Amazon's longest range of one report request, in days (start and end included). */
export const MAX_REPORT_DAYS = 31;

/** YYYY-MM-DD of an epoch ms (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Today 00:00 UTC, epoch ms. */
export function todayMs(now: number = Date.now()): number {
  return Date.parse(isoDay(now) + 'T00:00:00Z');
}

/** Epoch ms of a YYYY-MM-DD day (UTC), or NaN when the text is not a real date. */
export function dayMsOf(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return NaN;
  }
  const ms = Date.parse(text + 'T00:00:00Z');
  return !isNaN(ms) && isoDay(ms) === text ? ms : NaN;
}

/** The days a range covers, both ends included. */
export function reportDays(startMs: number, endMs: number): number {
  return Math.round((endMs - startMs) / DAY_MS) + 1;
}
