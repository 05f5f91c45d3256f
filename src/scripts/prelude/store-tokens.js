// storeTokens(body): keeps a successful token answer in the environment: access_token,
// token_expires_at (epoch milliseconds, a number; expires_in missing or unusable counts as one
// hour) and refresh_token only when the answer carries one (else the stored one is kept).
function storeTokens(body) {
  var expiresIn = Number(body.expires_in);
  if (!isFinite(expiresIn) || expiresIn <= 0) {
    expiresIn = 3600;
  }
  pm.environment.set('access_token', body.access_token);
  pm.environment.set('token_expires_at', Date.now() + expiresIn * 1000);
  if (typeof body.refresh_token === 'string' && body.refresh_token) {
    pm.environment.set('refresh_token', body.refresh_token);
  }
}
