// report-created: test script of Reporting / Sponsored ads V3 / "Create report".
//
// Stores the id of the report Amazon is building in the environment (reportId), and starts the
// timeout clock (report_started_at, local) that report-status measures report_timeout_seconds from.
// - 200 (or another 2xx) with a reportId: stores it.
// - 425 Too Early: Amazon already builds the same report; its message names the existing report id
//   ("... duplicate of : <id>"), which is stored instead, so the flow polls that report.
// - Any other error is check-response's to report; while it has a retry pending, nothing happens.
// A 2xx or 425 without a report id fails with report_failed.
import { value } from './lib/value.js';
import { failTest } from './lib/fail-test.js';
import { failureText } from '../core/causes/failure-text.js';

(function reportCreated() {
  pm.variables.set('handled_statuses', '');
  if (value('retry_pending') === 'true') {
    return;
  }
  var code = pm.response.code;
  if (!((code >= 200 && code < 300) || code === 425)) {
    pm.environment.unset('reportId');
    return;
  }

  var body = null;
  try {
    body = pm.response.json();
  } catch (e) {
    body = null;
  }

  // The duplicate answer carries the existing id in its text: {"code": "425", "detail": "... : <id>"}.
  function duplicateOf(answer) {
    var text = '';
    if (answer && typeof answer === 'object') {
      text = [answer.detail, answer.details, answer.message].filter(function (part) {
        return typeof part === 'string';
      }).join(' ');
    }
    if (!text) {
      try {
        text = pm.response.text() || '';
      } catch (e) {
        text = '';
      }
    }
    var match = /duplicate of\s*:?\s*([A-Za-z0-9][A-Za-z0-9._-]*)/i.exec(text) ||
      /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i.exec(text);
    return match ? match[1] : '';
  }

  var id = '';
  if (code === 425) {
    id = duplicateOf(body);
  } else if (body && (typeof body.reportId === 'string' || typeof body.reportId === 'number')) {
    id = String(body.reportId);
  }

  if (!id) {
    pm.environment.unset('reportId');
    failTest('report requested', failureText(CAUSE.report_failed, 'the create-report answer (HTTP ' + code + ') names no report id - check the request body and run again'));
    return;
  }
  pm.environment.set('reportId', id);
  pm.variables.set('report_started_at', String(Date.now()));
  pm.variables.set('report_poll_count', '0');
  pm.test(code === 425 ? 'report already requested: reusing it' : 'report requested', function () {
    pm.expect(id).to.be.a('string').and.not.empty;
  });
})();
