// relative-date: pre-request script that puts a date relative to today into a local variable, so a
// sample body never carries a fixed date that ages into the past.
// Parameters (generated `const params = {...};` line): { variable: 'campaign_start_date', days: 1 }
// sets {{campaign_start_date}} to today + 1 day (UTC) as YYYY-MM-DD; days may be negative. The value
// is run-scoped (pm.variables), so nothing is written into the environment.
(function relativeDate() {
  if (typeof params === 'undefined' || !params || !params.variable) {
    return;
  }
  var days = Number(params.days) || 0;
  var today = Date.parse(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  pm.variables.set(String(params.variable), new Date(today + days * 86400000).toISOString().slice(0, 10));
})();
