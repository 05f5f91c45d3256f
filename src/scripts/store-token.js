// store-token: test script of the Auth folder's token requests ("Access token from auth grant
// code", "Access token from refresh token").
//
// Stores access_token and token_expires_at (epoch milliseconds, a number) in the environment, and
// refresh_token when the response carries one (the code exchange does; a refresh usually does not,
// and then the stored one is kept). An OAuth error response fails with a message that starts with
// the error id, e.g. `invalid_client: the client id or client secret is wrong - ...`, and stops a
// collection run (pm.execution.setNextRequest(null)).
// Never prints a token, a secret or a response body.
(function storeToken() {
  var DEFAULT_EXPIRES_IN_SECONDS = 3600;
  var OAUTH_ERRORS = {
    invalid_grant:
      'the authorization code was rejected (already used, expired, or issued for another redirect_uri or app) - open the consent page again (Auth grant login) and exchange the new code at once',
    invalid_client:
      'the client id or client secret is wrong - check client_id and client_secret against your Login with Amazon security profile',
    invalid_request:
      'the token request was incomplete or malformed - check that client_id, client_secret and the code or refresh_token are set, without quotes or spaces',
    unsupported_grant_type:
      'the token endpoint does not accept this grant type - check that token_url is the Login with Amazon token endpoint of your region'
  };

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
  if (grantType() === 'refresh_token') {
    OAUTH_ERRORS.invalid_grant =
      'the refresh token was rejected (revoked, expired, or issued to another app) - obtain a new one for this client id (npm run auth) and check refresh_token';
  }

  // A failed token request stops a collection run: every later request would need the token.
  function fail(message) {
    pm.test('token response carries an access token', function () {
      pm.expect.fail(message);
    });
    pm.execution.setNextRequest(null);
  }

  if (!pm.response || !pm.response.code) {
    return; // nothing answered: Newman reports the request error itself
  }

  var body = null;
  try {
    body = pm.response.json();
  } catch (e) {
    body = null;
  }

  var oauthError = body && typeof body.error === 'string' ? body.error : '';
  if (oauthError) {
    fail(OAUTH_ERRORS[oauthError]
      ? oauthError + ': ' + OAUTH_ERRORS[oauthError]
      : 'token_request_failed: the token endpoint answered OAuth error ' + oauthError.replace(/[^\w.-]/g, '').slice(0, 60) +
        ' - check client_id, client_secret, the code or refresh_token, and token_url');
    return;
  }
  if (!body || typeof body.access_token !== 'string' || !body.access_token) {
    fail((body ? 'token_request_failed' : 'malformed_response') + ': the token endpoint answered HTTP ' + pm.response.code +
      ' without an access_token - check that token_url is the Login with Amazon token endpoint of your region');
    return;
  }

  var expiresIn = Number(body.expires_in);
  if (!isFinite(expiresIn) || expiresIn <= 0) {
    expiresIn = DEFAULT_EXPIRES_IN_SECONDS;
  }
  pm.environment.set('access_token', body.access_token);
  pm.environment.set('token_expires_at', Date.now() + expiresIn * 1000);
  if (typeof body.refresh_token === 'string' && body.refresh_token) {
    pm.environment.set('refresh_token', body.refresh_token);
  }
  pm.test('token response carries an access token', function () {
    pm.expect(pm.response.code).to.be.within(200, 299);
  });
})();
