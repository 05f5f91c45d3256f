/**
 * The date range of a report run, for the runner's flags (--report-days N, or --report-start and
 * --report-end): the same default as the collection's report-range script, the last 7 full days in
 * UTC (yesterday and the 6 days before). Bad input is a UsageError naming the flag.
 */
import { UsageError } from '../errors.js';
// the days and Amazon's 31-day limit: the rule the collection's report-range script applies too
import { DAY_MS as dayMs, MAX_REPORT_DAYS, dayMsOf, isoDay, reportDays, todayMs } from '../rules/report-days.js';

/** Amazon's longest spCampaigns range per request. */
export const maxReportDays = MAX_REPORT_DAYS;

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

function dayOf(text: string, flag: string): number {
  const ms = dayMsOf(text);
  if (Number.isNaN(ms)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return ms;
}

export function reportRange(input: ReportRangeInput = {}, now = Date.now()): ReportDates {
  const yesterday = todayMs(now) - dayMs;
  if (input.start !== undefined || input.end !== undefined) {
    if (input.days !== undefined) throw new UsageError('give either --report-days or --report-start/--report-end, not both');
    if (input.start === undefined || input.end === undefined) throw new UsageError('--report-start and --report-end go together: give both dates');
    const start = dayOf(input.start, '--report-start');
    const end = dayOf(input.end, '--report-end');
    if (start > end) throw new UsageError(`--report-start ${input.start} is after --report-end ${input.end}: swap them`);
    if (reportDays(start, end) > maxReportDays) throw new UsageError(`the report range is ${reportDays(start, end)} days; Amazon allows at most ${maxReportDays}`);
    return { startDate: input.start as ReportDay, endDate: input.end as ReportDay };
  }
  const days = input.days ?? 7;
  if (!Number.isInteger(days) || days < 1 || days > maxReportDays) {
    throw new UsageError(`--report-days must be a whole number from 1 to ${maxReportDays}, got ${JSON.stringify(String(input.days))}`);
  }
  return { startDate: isoDay(yesterday - (days - 1) * dayMs) as ReportDay, endDate: isoDay(yesterday) as ReportDay };
}
