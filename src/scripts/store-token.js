// Test of the Auth token requests: stores the tokens (first simple version).
(function storeToken() {
  var body = {};
  try { body = pm.response.json(); } catch (e) { body = {}; }
  pm.test('token response carries an access token', function () {
    pm.expect(body.access_token, body.error || 'malformed_response').to.be.a('string');
  });
  if (body.access_token) {
    pm.environment.set('access_token', body.access_token);
    pm.environment.set('token_expires_at', Date.now() + Number(body.expires_in || 3600) * 1000);
    if (body.refresh_token) { pm.environment.set('refresh_token', body.refresh_token); }
  }
})();
