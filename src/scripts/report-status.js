// report-status: test script of Reporting / Sponsored ads V3 / "Report status"; polls the report
// until it is ready, in a collection run (Newman or the Postman Collection Runner).
//
// - COMPLETED: stores the download URL in the environment (report_url) and passes. The URL is
//   pre-signed for another host: fetch it with no Amazon headers.
// - FAILED: fails with report_failed and Amazon's failureReason.
// - PENDING / PROCESSING: waits, then runs this request again (pm.execution.setNextRequest with its
//   id). The wait starts at report_poll_seconds (default 5) and doubles after each poll up to 60 s;
//   it is a timer (setTimeout), never a busy loop, and never goes past the deadline. The deadline is
//   report_timeout_seconds (default 1800) after the create request (report_started_at; the first poll
//   when the flow started here): past it the request fails with report_timeout.
// - A non-2xx answer is check-response's to report or retry; while a retry is pending nothing happens.
// A single "Send" in the Postman app ignores setNextRequest: there it reports the state once.
import { value } from './lib/value.js';
import { failTest } from './lib/fail-test.js';
import { failureText } from '../core/causes/failure-text.js';

(function reportStatus() {
  var DEFAULT_POLL_SECONDS = 5;
  var CAP_SECONDS = 60;
  var DEFAULT_TIMEOUT_SECONDS = 1800;


  function seconds(name, fallback) {
    var n = Number(value(name));
    return value(name) !== '' && isFinite(n) && n >= 0 ? n : fallback;
  }

  function stopPolling() {
    pm.variables.set('report_poll_count', '0');
    pm.variables.set('report_started_at', '');
  }

  function fail(message) {
    stopPolling();
    failTest('report status', message);
  }

  if (value('retry_pending') === 'true') {
    return;
  }
  var code = pm.response.code;
  if (!(code >= 200 && code < 300)) {
    stopPolling();
    return;
  }
  var body;
  try {
    body = pm.response.json();
  } catch (e) {
    fail(failureText(CAUSE.malformed_response, 'the report status is not JSON - check that api_url is the Amazon Ads API host of your region'));
    return;
  }
  var reportId = (body && body.reportId) || value('reportId');
  var status = body && typeof body.status === 'string' ? body.status.toUpperCase() : '';

  if (status === 'COMPLETED') {
    if (typeof body.url !== 'string' || !body.url) {
      fail(failureText(CAUSE.report_failed, 'report ' + reportId + ' is COMPLETED but its status has no url - run the report flow again'));
      return;
    }
    stopPolling();
    pm.environment.set('report_url', body.url);
    pm.test('report ' + reportId + ' is COMPLETED', function () {
      pm.expect(body.url).to.be.a('string');
    });
    return;
  }
  if (status === 'FAILED' || status === 'FAILURE') {
    var reason = typeof body.failureReason === 'string' && body.failureReason ? body.failureReason : 'no reason given';
    fail(failureText(CAUSE.report_failed, 'report ' + reportId + ' FAILED: ' + reason.replace(/\s+/g, ' ').slice(0, 200)));
    return;
  }
  if (status !== 'PENDING' && status !== 'PROCESSING') {
    fail(failureText(CAUSE.malformed_response, 'report ' + reportId + ' has the unknown status "' + status.slice(0, 40) + '"'));
    return;
  }

  var now = Date.now();
  var started = Number(value('report_started_at'));
  if (!value('report_started_at') || !isFinite(started) || started <= 0) {
    started = now;
    pm.variables.set('report_started_at', String(now));
  }
  var timeoutMs = seconds('report_timeout_seconds', DEFAULT_TIMEOUT_SECONDS) * 1000;
  var elapsed = now - started;
  var polls = (Number(value('report_poll_count')) || 0) + 1;
  if (elapsed >= timeoutMs) {
    fail(failureText(CAUSE.report_timeout, 'report ' + reportId + ' is still ' + status + ' after ' + Math.round(elapsed / 1000) + ' s and ' +
      polls + ' polls (report_timeout_seconds ' + timeoutMs / 1000 + ') - run again later, or raise report_timeout_seconds'));
    return;
  }
  pm.variables.set('report_poll_count', String(polls));
  pm.test('report ' + reportId + ' is ' + status + ': polling again', function () {
    pm.expect(status).to.be.oneOf(['PENDING', 'PROCESSING']);
  });
  var first = seconds('report_poll_seconds', DEFAULT_POLL_SECONDS);
  var wait = Math.min(first * Math.pow(2, polls - 1), CAP_SECONDS) * 1000;
  wait = Math.round(Math.max(0, Math.min(wait, timeoutMs - elapsed)));
  pm.execution.setNextRequest(pm.info.requestId || pm.info.requestName);
  if (wait > 0) {
    setTimeout(function () {}, wait);
  }
})();
