// Collection pre-request: refreshes the access token (first simple version).
(function refreshToken() {
  var name = pm.info.requestName;
  if (name === 'Auth grant login' || name === 'Access token from auth grant code' || name === 'Access token from refresh token') {
    return;
  }
  var expiresAt = Number(pm.variables.get('token_expires_at'));
  if (pm.variables.get('access_token') && expiresAt - Date.now() > 60000) {
    return;
  }
  pm.sendRequest({
    url: pm.variables.get('token_url'),
    method: 'POST',
    header: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: {
      mode: 'urlencoded',
      urlencoded: [
        { key: 'grant_type', value: 'refresh_token' },
        { key: 'refresh_token', value: pm.variables.get('refresh_token') },
        { key: 'client_id', value: pm.variables.get('client_id') },
        { key: 'client_secret', value: pm.variables.get('client_secret') }
      ]
    }
  }, function (err, res) {
    var body = !err && res ? res.json() : {};
    pm.test('access token refreshed', function () {
      pm.expect(body.access_token, body.error || 'token_request_failed').to.be.a('string');
    });
    if (body.access_token) {
      pm.environment.set('access_token', body.access_token);
      pm.environment.set('token_expires_at', Date.now() + Number(body.expires_in || 3600) * 1000);
      if (body.refresh_token) { pm.environment.set('refresh_token', body.refresh_token); }
    }
  });
})();
