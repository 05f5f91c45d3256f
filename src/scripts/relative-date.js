// relative-date: pre-request script that puts dates relative to today into local variables, so a
// sample body never carries a fixed date that ages into the past.
// Parameters (generated `const params = {...};` line): one date, or several under `dates`:
//   { variable: 'campaign_start_date', days: 1 }
//   { dates: [{ variable: 'a', days: -7 }, { variable: 'b', days: -1, compact: true }] }
// Each sets {{variable}} to today + days (UTC; days may be negative) as YYYY-MM-DD, or as YYYYMMDD
// with compact: true (reporting v2's reportDate). The values are run-scoped (pm.variables), so
// nothing is written into the environment.
import { DAY_MS, isoDay, todayMs } from '../rules/report-days.js';

(function relativeDate() {
  if (typeof params === 'undefined' || !params) {
    return;
  }
  var today = todayMs();
  var dates = Object.prototype.toString.call(params.dates) === '[object Array]' ? params.dates : [params];
  dates.forEach(function (entry) {
    if (!entry || !entry.variable) {
      return;
    }
    var date = isoDay(today + (Number(entry.days) || 0) * DAY_MS);
    pm.variables.set(String(entry.variable), entry.compact ? date.replace(/-/g, '') : date);
  });
})();
