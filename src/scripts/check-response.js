// check-response: collection-level test script; runs after every Ads API response, before the
// request's own tests.
//
// - 429: waits Retry-After seconds (capped by {{retry_after_cap_seconds}}, default 30; without the
//   header a short exponential backoff) and runs the same request again; up to 5 retries.
// - 500, 502, 503, 504: waits with exponential backoff (1 s, 2 s, 4 s, also capped; a Retry-After is
//   honoured) and runs the same request again; up to 3 retries.
// - No answer at all, the connection reset or timed out on the way (ECONNRESET, ETIMEDOUT, socket
//   hang up: the runner names the error in the environment variable network_error for this request,
//   as a Postman sandbox cannot see it): retried as a 5xx is (same budget and backoff); past the budget the request's own
//   error is the failure.
// - 401: clears access_token so the collection pre-request script (refresh-token) fetches a new one,
//   and runs the same request again, once.
// - Past those budgets, and on any other 4xx/5xx: a failed test whose message starts with a cause id:
//   throttled, server_error, unauthorized, scope_missing, profile_not_accessible,
//   unsupported_media_type, unexpected_status.
//
// "Run the same request again" is pm.execution.setNextRequest(<this request's id>): the id rather
// than the name, so a request name used in two folders cannot send the run elsewhere. It works in
// Newman and the Postman Collection Runner (also with Newman's `folder` selection); a single "Send"
// in the Postman app ignores setNextRequest, so there the failure is simply reported.
//
// Run-scoped state lives in local variables (pm.variables), which a run starts without:
//   retry_pending  'true' while a retry of this response is scheduled, else '' - request-level test
//                  scripts skip their assertions when it is 'true';
//   retry_count    retries spent on the current request (0 after a success or a final failure);
//   retry_state    JSON {request, throttled, server_error, unauthorized} behind retry_count.
//   handled_statuses  error statuses (comma list) the current request's own test handles; left alone here.
//
// Before each wait for a retry (429, 5xx) it logs `retry-wait: 429 from <request>: waiting 2 s
// (retry 1/5)` with console.info; the runner's retry-wait plug-in prints it as a progress line.
// The Auth folder's token requests are checked by store-token instead.
import { value } from './lib/value.js';
import { isAuthRequest } from './lib/auth-requests.js';
import { RETRY_BUDGET, RETRY_SERVER_ERRORS } from '../rules/retry-timing.js';
import { retryKindOf, retryWaitMs, readRetryState, saveRetryState, resetRetryState, retryThisRequest, announceRetryWait } from './lib/retry.js';
import { failureText } from '../core/causes/failure-text.js';

(function checkResponse() {
  function apiError() {
    var body = null;
    try {
      body = pm.response.json();
    } catch (e) {
      body = null;
    }
    if (!body || typeof body !== 'object') {
      return '';
    }
    var code = body.code || body.errorCode || '';
    var details = body.details || body.message || body.description || '';
    var text = [code, details].filter(function (part) {
      return typeof part === 'string' && part;
    }).join(' ');
    return text ? ' (' + text.replace(/\s+/g, ' ').slice(0, 160) + ')' : '';
  }

  // A 400 is about the scope header when the body says so, or when the header went out empty.
  function isAboutScope() {
    var text = '';
    try {
      text = pm.response.text() || '';
    } catch (e) {
      text = '';
    }
    var headers = pm.request && pm.request.headers;
    var scopeHeader = headers && headers.has('Amazon-Advertising-API-Scope') ? headers.get('Amazon-Advertising-API-Scope') : undefined;
    var sentEmpty = scopeHeader !== undefined && (scopeHeader === null || String(scopeHeader).trim() === '');
    return /scope/i.test(text) || sentEmpty;
  }

  // The profile or advertiser account the request was scoped to (its Amazon-Advertising-API-Scope or
  // Amazon-Ads-AccountId header), '' when none: a 403 without one is not about a profile.
  function sentScope() {
    var headers = pm.request && pm.request.headers;
    var names = ['Amazon-Advertising-API-Scope', 'Amazon-Ads-AccountId'];
    for (var i = 0; i < names.length; i++) {
      var sent = headers && headers.has(names[i]) ? headers.get(names[i]) : '';
      if (sent !== null && sent !== undefined && String(sent).trim() !== '') {
        return String(sent).trim();
      }
    }
    return '';
  }

  function finalMessage(code, state) {
    var status = 'HTTP ' + code + (pm.response.status ? ' ' + pm.response.status : '') + apiError();
    if (code === 429) {
      return failureText(CAUSE.throttled, status + ' still after ' + state.throttled +
        ' retries - the API is rate limiting this account; wait a few minutes and run again');
    }
    if (RETRY_SERVER_ERRORS.indexOf(code) !== -1) {
      return failureText(CAUSE.server_error, status + ' still after ' + state.server_error +
        ' retries - the Amazon Ads API is failing; try again later');
    }
    if (code === 401) {
      return failureText(CAUSE.unauthorized, status + (state.unauthorized ? ' even after refreshing the access token' : '') +
        ' - check that client_id is the app the refresh token was issued to and that api_url and token_url are of the same region');
    }
    if (code === 403 && !sentScope()) {
      return failureText(CAUSE.access_denied, status + ' for "' + pm.info.requestName + '" (no profile involved)' +
        ' - check that the app is approved for the Amazon Ads API and that this login has Ads access');
    }
    if (code === 403) {
      return failureText(CAUSE.profile_not_accessible, status + ' - this login cannot use profile ' + (value('profileId') || sentScope()) +
        ' for this call; choose another profileId (run Profiles) or check the account\'s permissions');
    }
    if (code === 415) {
      return failureText(CAUSE.unsupported_media_type, status +
        ' - the API refused the Content-Type or Accept media type; check the request\'s versioned media types');
    }
    if (code === 400 && isAboutScope()) {
      return failureText(CAUSE.scope_missing, status +
        ' - the Amazon-Advertising-API-Scope header needs a valid profileId; run Accounts > Profiles first or set profileId');
    }
    return failureText(CAUSE.unexpected_status, status + ' for "' + pm.info.requestName + '"');
  }

  pm.variables.set('retry_pending', '');
  // set (in the environment) by the runner for this request only; absent in the Postman app
  var networkError = String(pm.environment.get('network_error') || '');
  if ((!pm.response || !pm.response.code) && networkError && !isAuthRequest()) {
    var networkState = readRetryState();
    if (networkState.server_error < RETRY_BUDGET.server_error) {
      networkState.server_error += 1;
      saveRetryState(networkState);
      pm.variables.set('retry_pending', 'true');
      retryThisRequest();
      var networkWait = retryWaitMs(undefined, networkState.server_error);
      announceRetryWait(networkError, pm.info.requestName, networkWait, networkState.server_error, 'server_error');
      if (networkWait > 0) {
        setTimeout(function () {}, networkWait);
      }
      return;
    }
    resetRetryState();
    return;
  }
  if (!pm.response || !pm.response.code || isAuthRequest()) {
    return;
  }
  var code = pm.response.code;
  if (code < 400) {
    resetRetryState();
    return;
  }
  // A request whose own test handles an error status says so in handled_statuses (e.g. '425').
  if (value('handled_statuses').split(',').indexOf(String(code)) !== -1) {
    resetRetryState();
    return;
  }

  var state = readRetryState();
  var kind = retryKindOf(code);
  if (kind && state[kind] < RETRY_BUDGET[kind]) {
    state[kind] += 1;
    saveRetryState(state);
    pm.variables.set('retry_pending', 'true');
    if (kind === 'unauthorized') {
      // The pre-request script refreshes when access_token is empty.
      pm.environment.set('access_token', '');
      pm.environment.set('token_expires_at', '');
    }
    retryThisRequest();
    var wait = kind === 'unauthorized' ? 0 : retryWaitMs(pm.response, state[kind]);
    if (kind !== 'unauthorized') {
      announceRetryWait(code, pm.info.requestName, wait, state[kind], kind);
    }
    if (wait > 0) {
      setTimeout(function () {}, wait);
    }
    return;
  }

  var message = finalMessage(code, state);
  resetRetryState();
  pm.test('response status is successful', function () {
    pm.expect.fail(message);
  });
})();
