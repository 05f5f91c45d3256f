// storeTokens(body): keeps a successful token answer in the environment: access_token,
// token_expires_at (epoch milliseconds, a number) and refresh_token only when the answer carries one
// (else the stored one is kept). expires_in missing, not a number, zero or negative counts as one hour;
// a value above a day (1e308, say) counts as a day, so the expiry stays a finite time and the token is
// not requested again before every request. A token that dies sooner is renewed after its 401.
export function storeTokens(body) {
  var MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
  var expiresIn = Number(body.expires_in);
  if (!isFinite(expiresIn) || expiresIn <= 0) {
    expiresIn = 3600;
  }
  expiresIn = Math.min(expiresIn, MAX_TOKEN_LIFETIME_SECONDS);
  pm.environment.set('access_token', body.access_token);
  pm.environment.set('token_expires_at', Date.now() + expiresIn * 1000);
  if (typeof body.refresh_token === 'string' && body.refresh_token) {
    pm.environment.set('refresh_token', body.refresh_token);
  }
}
