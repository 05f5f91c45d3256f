// refresh-token: collection-level pre-request script.
//
// Before every Ads API request, makes sure {{access_token}} is usable: when it is missing, or when
// {{token_expires_at}} (epoch milliseconds, a number) is less than 60 seconds away, it asks Login with
// Amazon for a new one with the refresh_token grant and stores access_token and token_expires_at in
// the environment. A refresh_token is stored only when the token response carries one, so the
// stored one is kept otherwise. The Auth folder's own requests are left alone.
//
// A 429, a 5xx or an OAuth server_error / temporarily_unavailable from the token endpoint is retried like
// an Ads call (src/rules/retry-timing.ts and lib/retry.js: 5 retries of a 429, 3 of a 5xx, waiting Retry-After or 1, 2, 4 s, capped
// by {{retry_after_cap_seconds}}); past them the failure is throttled / server_error naming the token
// endpoint's host, and an answer that is not JSON is malformed_response.
//
// Failures are reported as a failed test whose message starts with a cause id, e.g.
//   invalid_grant: the refresh token was rejected (...) - ...
// then the request is skipped and the run stops (every later request would fail the same way).
// A failed test is used rather than `throw`: an error thrown inside a pm.sendRequest callback is
// only an "exception" event in Newman and never reaches summary.run.failures.
//
// Never prints a token, a secret or a response body.
import { value } from './lib/value.js';
import { isAuthRequest } from './lib/auth-requests.js';
import { oauthErrorMessage } from './lib/oauth-errors.js';
import { storeTokens } from './lib/store-tokens.js';
import { RETRY_BUDGET } from '../rules/retry-timing.js';
import { retryWaitMs, announceRetryWait } from './lib/retry.js';
import { tokenHostOf, tokenBodyOf, tokenRetryKind, tokenGiveUpMessage } from './lib/token-answers.js';
import { failureText } from '../core/causes/failure-text.js';
import { errorCodeCauses, errorCodeOf } from '../core/causes/error-codes.js';

(function refreshTokenBeforeRequest() {
  var REFRESH_MARGIN_MS = 60 * 1000;

  function needsRefresh() {
    if (!value('access_token')) {
      return true;
    }
    var expiresAt = Number(value('token_expires_at'));
    return !value('token_expires_at') || !isFinite(expiresAt) || expiresAt - Date.now() <= REFRESH_MARGIN_MS;
  }

  // Removes the credentials from a text that came from the server before it is shown.
  function scrub(text) {
    var out = String(text || '');
    ['client_secret', 'refresh_token', 'access_token'].forEach(function (name) {
      var secret = value(name);
      if (secret.length >= 4) {
        out = out.split(secret).join('***');
      }
    });
    return out.replace(/\s+/g, ' ').slice(0, 160);
  }

  function failRun(message) {
    pm.test('access token refreshed', function () {
      pm.expect.fail(message);
    });
    pm.execution.setNextRequest(null);
    pm.execution.skipRequest();
  }

  function describeTokenFailure(err, response, host, spent) {
    if (err || !response) {
      var reason = (err && (err.code || err.errno || err.message)) || 'transport error';
      var code = errorCodeOf(err);
      return failureText(CAUSE.token_request_failed, 'could not reach the token endpoint at ' + host + ' (' + scrub(reason) +
        ') - check token_url and your network connection', code ? { cause: errorCodeCauses[code], host: host } : { host: host, endpoint: 'token' });
    }
    var body = tokenBodyOf(response);
    var oauthError = body && typeof body.error === 'string' ? body.error : '';
    var kind = tokenRetryKind(response.code, body);
    if (kind) {
      return tokenGiveUpMessage(kind, host, response.code, spent[kind], oauthError);
    }
    if (oauthError && oauthErrorMessage(oauthError, 'refresh_token')) {
      return oauthErrorMessage(oauthError, 'refresh_token');
    }
    if (oauthError) {
      return failureText(CAUSE.token_request_failed, 'the token endpoint at ' + host + ' answered OAuth error ' + scrub(oauthError) +
        (body.error_description ? ' (' + scrub(body.error_description) + ')' : '') +
        ' - check client_id, client_secret, refresh_token and token_url', { host: host, endpoint: 'token' });
    }
    if (!body) {
      return failureText(CAUSE.malformed_response, 'the token endpoint at ' + host + ' answered HTTP ' + response.code +
        ' with a body that is not JSON - check that token_url is the Login with Amazon token endpoint of your region', { host: host, endpoint: 'token' });
    }
    if (response.code >= 200 && response.code < 300) {
      return failureText(CAUSE.token_request_failed, 'the token endpoint at ' + host + ' answered HTTP ' + response.code +
        ' without an access_token - check that token_url is the Login with Amazon token endpoint', { host: host, endpoint: 'token' });
    }
    return failureText(CAUSE.token_request_failed, 'the token endpoint at ' + host + ' answered HTTP ' + response.code +
      ' - check token_url; if it persists, try again later', { host: host, endpoint: 'token' });
  }

  function refresh() {
    var missing = ['token_url', 'client_id', 'client_secret', 'refresh_token'].filter(function (name) {
      return !value(name);
    });
    if (missing.length) {
      failRun(failureText(CAUSE.invalid_request, missing.join(', ') + (missing.length > 1 ? ' are' : ' is') +
        ' empty, so no access token can be requested - set ' + (missing.length > 1 ? 'them' : 'it') +
        ' in the environment (npm run auth obtains a refresh token)'));
      return;
    }
    // Mix-ups told by the values' shapes, before anything is sent (values never printed): an access token
    // (Atza|, one hour) pasted as the refresh token (Atzr|), and the client id and secret swapped.
    if (value('refresh_token').indexOf('Atza|') === 0) {
      failRun(failureText(CAUSE.invalid_grant, 'refresh_token holds an access token (Atza|...), not a refresh token (Atzr|...)' +
        ' - get a refresh token (npm run auth, or the Auth folder) and set refresh_token'));
      return;
    }
    if (/^amzn1\.oa2-cs\.v1\./.test(value('client_id')) && /^amzn1\.application-oa2-client\./.test(value('client_secret'))) {
      failRun(failureText(CAUSE.invalid_client, 'client_id and client_secret are swapped (client_id holds the client secret' +
        ' and client_secret the client id) - exchange them'));
      return;
    }
    var tokenUrl = value('token_url');
    var host = tokenHostOf(tokenUrl);
    var spent = { throttled: 0, server_error: 0 };
    send(tokenUrl, host, spent);
  }

  function send(tokenUrl, host, spent) {
    pm.sendRequest({
      url: tokenUrl,
      method: 'POST',
      header: [
        { key: 'Content-Type', value: 'application/x-www-form-urlencoded;charset=UTF-8' },
        { key: 'Accept', value: 'application/json' }
      ],
      body: {
        mode: 'urlencoded',
        urlencoded: [
          { key: 'grant_type', value: 'refresh_token' },
          { key: 'refresh_token', value: value('refresh_token') },
          { key: 'client_id', value: value('client_id') },
          { key: 'client_secret', value: value('client_secret') }
        ]
      }
    }, function (err, response) {
      var body = null;
      if (!err && response && response.code >= 200 && response.code < 300) {
        try {
          body = response.json();
        } catch (e) {
          body = null;
        }
      }
      if (body && typeof body.access_token === 'string' && body.access_token) {
        storeTokens(body);
        return;
      }
      var kind = err || !response ? '' : tokenRetryKind(response.code, tokenBodyOf(response));
      if (kind && spent[kind] < RETRY_BUDGET[kind]) {
        spent[kind] += 1;
        var wait = retryWaitMs(response, spent[kind]);
        announceRetryWait(response.code, 'the token endpoint (' + host + ')', wait, spent[kind], kind);
        setTimeout(function () {
          send(tokenUrl, host, spent);
        }, wait);
        return;
      }
      failRun(describeTokenFailure(err, response, host, spent));
    });
  }

  if (!isAuthRequest() && needsRefresh()) {
    refresh();
  }
})();
