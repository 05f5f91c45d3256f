// store-token: test script of the Auth folder's token requests ("Access token from auth grant
// code", "Access token from refresh token").
//
// Stores access_token and token_expires_at (epoch milliseconds, a number) in the environment, and
// refresh_token when the response carries one (the code exchange does; a refresh usually does not,
// and then the stored one is kept). An OAuth error response fails with a message that starts with
// the error id, e.g. `invalid_client: ...` (texts in prelude/oauth-errors.js), and stops a
// collection run (pm.execution.setNextRequest(null)).
// Never prints a token, a secret or a response body.
(function storeToken() {
  // @prelude oauth-errors store-tokens

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
    fail(oauthErrorMessage(oauthError, grantType()) ||
      CAUSE.token_request_failed + ': the token endpoint answered OAuth error ' + oauthError.replace(/[^\w.-]/g, '').slice(0, 60) +
        ' - check client_id, client_secret, the code or refresh_token, and token_url');
    return;
  }
  if (!body || typeof body.access_token !== 'string' || !body.access_token) {
    fail((body ? CAUSE.token_request_failed : CAUSE.malformed_response) + ': the token endpoint answered HTTP ' + pm.response.code +
      ' without an access_token - check that token_url is the Login with Amazon token endpoint of your region');
    return;
  }

  storeTokens(body);
  pm.test('token response carries an access token', function () {
    pm.expect(pm.response.code).to.be.within(200, 299);
  });
})();
