// report-range: pre-request script of Reporting / Sponsored ads V3 / "Create report".
//
// Decides the report's date range and starts a fresh report flow:
// - report_start_date / report_end_date (YYYY-MM-DD) from the environment are used as given; an empty
//   report_end_date means yesterday (UTC, the last full day) and an empty report_start_date means
//   6 days before the end, so the default is the last 7 full days. The dates chosen here are set as
//   local variables (pm.variables, run-scoped), which the body's {{report_start_date}} and
//   {{report_end_date}} resolve to; nothing is written back, so the default never goes stale.
// - A date that is not a real YYYY-MM-DD, a start after the end, or a range longer than Amazon's 31 days
//   (the shared rule src/rules/report-days.ts, which the runner's --report-* flags apply too) fails with
//   report_failed and the request is skipped.
// - report_url is unset (a new report gets a new URL), the poll state is reset, and the status 425 is
//   marked as handled by this request (handled_statuses): Amazon answers 425 when the same report was
//   asked for already, and report-created reuses that report instead of failing.
import { value } from './lib/value.js';
import { DAY_MS, MAX_REPORT_DAYS, dayMsOf, isoDay, reportDays, todayMs } from '../rules/report-days.js';
import { failTest } from './lib/fail-test.js';
import { failureText } from '../core/causes/failure-text.js';

(function reportRange() {
  function fail(message) {
    failTest('report date range', message);
    pm.execution.skipRequest();
  }

  var today = todayMs();
  var endText = value('report_end_date');
  var startText = value('report_start_date');
  var end = endText ? dayMsOf(endText) : today - DAY_MS;
  if (isNaN(end)) {
    fail(failureText(CAUSE.report_failed, 'report_end_date "' + endText + '" is not a date - write it as YYYY-MM-DD, or leave it empty for yesterday'));
    return;
  }
  var start = startText ? dayMsOf(startText) : end - 6 * DAY_MS;
  if (isNaN(start)) {
    fail(failureText(CAUSE.report_failed, 'report_start_date "' + startText + '" is not a date - write it as YYYY-MM-DD, or leave it empty for 7 days before the end'));
    return;
  }
  if (start > end) {
    fail(failureText(CAUSE.report_failed, 'report_start_date ' + isoDay(start) + ' is after report_end_date ' + isoDay(end) + ' - swap them'));
    return;
  }
  if (reportDays(start, end) > MAX_REPORT_DAYS) {
    fail(failureText(CAUSE.report_failed, 'the report range ' + isoDay(start) + ' to ' + isoDay(end) + ' is ' + reportDays(start, end) +
      ' days; Amazon allows at most ' + MAX_REPORT_DAYS + ' - shorten it with report_start_date / report_end_date'));
    return;
  }

  pm.variables.set('report_start_date', isoDay(start));
  pm.variables.set('report_end_date', isoDay(end));
  pm.environment.unset('report_url');
  pm.variables.set('report_started_at', '');
  pm.variables.set('report_poll_count', '0');
  pm.variables.set('handled_statuses', '425');
})();
