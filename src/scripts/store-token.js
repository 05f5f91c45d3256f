// store-token: test script of the Auth folder's token requests ("Access token from auth grant
// code", "Access token from refresh token").
//
// Stores access_token and token_expires_at (epoch milliseconds, a number) in the environment, and
// refresh_token when the response carries one (the code exchange does; a refresh usually does not,
// and then the stored one is kept). An OAuth error response fails with a message that starts with
// the error id, e.g. `invalid_client: ...` (texts in lib/oauth-errors.js), and stops a
// collection run (pm.execution.setNextRequest(null)).
// A 429, a 5xx or an OAuth server_error / temporarily_unavailable is retried like an Ads call (lib
// retry.js: the same request runs again after Retry-After or 1, 2, 4 s); past the retries it fails
// with throttled / server_error naming the token endpoint's host. A body that is not JSON (an HTML
// page, even with 200) is malformed_response naming that host.
// Never prints a token, a secret or a response body.
import { value } from './lib/value.js';
import { oauthErrorMessage } from './lib/oauth-errors.js';
import { storeTokens } from './lib/store-tokens.js';
import { RETRY_BUDGET } from '../rules/retry-timing.js';
import { retryWaitMs, readRetryState, saveRetryState, resetRetryState, retryThisRequest, announceRetryWait } from './lib/retry.js';
import { tokenHostOf, tokenBodyOf, tokenRetryKind, tokenGiveUpMessage } from './lib/token-answers.js';
import { failureText } from '../core/causes/failure-text.js';

(function storeToken() {
  // Which grant this request used: the refresh_token grant gets the refresh-specific wording.
  function grantType() {
    var found = '';
    var body = pm.request && pm.request.body;
    if (body && body.mode === 'urlencoded' && body.urlencoded) {
      body.urlencoded.each(function (field) {
        if (field && field.key === 'grant_type' && !field.disabled) {
          found = String(field.value);
        }
      });
    }
    return found;
  }
  // A failed token request stops a collection run: every later request would need the token.
  function fail(message) {
    pm.test('token response carries an access token', function () {
      pm.expect.fail(message);
    });
    pm.execution.setNextRequest(null);
  }

  // The token endpoint's host: of the request as sent, else of {{token_url}}.
  function host() {
    var url = pm.request && pm.request.url ? pm.request.url.toString() : '';
    return tokenHostOf(url && url.indexOf('{{') === -1 ? url : value('token_url'));
  }

  if (!pm.response || !pm.response.code) {
    return; // nothing answered: Newman reports the request error itself
  }

  var body = tokenBodyOf(pm.response);
  var oauthError = body && typeof body.error === 'string' ? body.error : '';
  var kind = tokenRetryKind(pm.response.code, body);
  if (kind) {
    var state = readRetryState();
    if (state[kind] < RETRY_BUDGET[kind]) {
      state[kind] += 1;
      saveRetryState(state);
      retryThisRequest();
      var wait = retryWaitMs(pm.response, state[kind]);
      announceRetryWait(pm.response.code, pm.info.requestName, wait, state[kind], kind);
      if (wait > 0) {
        setTimeout(function () {}, wait);
      }
      return;
    }
    resetRetryState();
    fail(tokenGiveUpMessage(kind, host(), pm.response.code, state[kind], oauthError));
    return;
  }
  resetRetryState();
  if (oauthError) {
    fail(oauthErrorMessage(oauthError, grantType()) ||
      failureText(CAUSE.token_request_failed, 'the token endpoint answered OAuth error ' + oauthError.replace(/[^\w.-]/g, '').slice(0, 60) +
        ' - check client_id, client_secret, the code or refresh_token, and token_url'));
    return;
  }
  if (!body) {
    fail(failureText(CAUSE.malformed_response, 'the token endpoint at ' + host() + ' answered HTTP ' + pm.response.code +
      ' with a body that is not JSON - check that token_url is the Login with Amazon token endpoint of your region', { host: host(), endpoint: 'token' }));
    return;
  }
  if (typeof body.access_token !== 'string' || !body.access_token) {
    fail(failureText(CAUSE.token_request_failed, 'the token endpoint at ' + host() + ' answered HTTP ' + pm.response.code +
      ' without an access_token - check that token_url is the Login with Amazon token endpoint of your region', { host: host(), endpoint: 'token' }));
    return;
  }

  storeTokens(body);
  pm.test('token response carries an access token', function () {
    pm.expect(pm.response.code).to.be.within(200, 299);
  });
})();
