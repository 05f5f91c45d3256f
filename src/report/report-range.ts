/**
 * The date range of a report run, for the runner's flags (--report-days N, or --report-start and
 * --report-end): the same default as the collection's report-range script, the last 7 full days in
 * UTC (yesterday and the 6 days before). Bad input is a UsageError naming the flag.
 */
import { UsageError } from '../errors.js';

const dayMs = 86_400_000;
/** Amazon's longest spCampaigns range per request. */
export const maxReportDays = 31;

/** A day YYYY-MM-DD that reportRange checked: the one check of a report date (report-files.ts trusts it). */
declare const checkedDay: unique symbol;
export type ReportDay = string & { readonly [checkedDay]: true };

/** The days of a report, checked once (reportRange). */
export interface ReportDates {
  startDate: ReportDay;
  endDate: ReportDay;
}

export interface ReportRangeInput {
  days?: number;
  start?: string;
  end?: string;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayOf(text: string, flag: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || isoDay(ms) !== text) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return ms;
}

export function reportRange(input: ReportRangeInput = {}, now = Date.now()): ReportDates {
  const yesterday = Date.parse(`${isoDay(now)}T00:00:00Z`) - dayMs;
  if (input.start !== undefined || input.end !== undefined) {
    if (input.days !== undefined) throw new UsageError('give either --report-days or --report-start/--report-end, not both');
    if (input.start === undefined || input.end === undefined) throw new UsageError('--report-start and --report-end go together: give both dates');
    const start = dayOf(input.start, '--report-start');
    const end = dayOf(input.end, '--report-end');
    if (start > end) throw new UsageError(`--report-start ${input.start} is after --report-end ${input.end}: swap them`);
    if ((end - start) / dayMs + 1 > maxReportDays) throw new UsageError(`the report range is ${(end - start) / dayMs + 1} days; Amazon allows at most ${maxReportDays}`);
    return { startDate: input.start as ReportDay, endDate: input.end as ReportDay };
  }
  const days = input.days ?? 7;
  if (!Number.isInteger(days) || days < 1 || days > maxReportDays) {
    throw new UsageError(`--report-days must be a whole number from 1 to ${maxReportDays}, got ${JSON.stringify(String(input.days))}`);
  }
  return { startDate: isoDay(yesterday - (days - 1) * dayMs) as ReportDay, endDate: isoDay(yesterday) as ReportDay };
}
