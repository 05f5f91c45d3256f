// The Auth folder's requests talk to Login with Amazon, not to the Ads API: the collection-level
// scripts leave them alone. isAuthRequest() knows one by its name, by a {{token_url}} /
// {{auth_grant_url}} template in its URL, or by its resolved URL starting with either.
import { value } from './value.js';

export var AUTH_REQUEST_NAMES = ['Auth grant login', 'Access token from auth grant code', 'Access token from refresh token'];

export function isAuthRequest() {
  if (AUTH_REQUEST_NAMES.indexOf(pm.info.requestName) !== -1) {
    return true;
  }
  var url = pm.request && pm.request.url ? pm.request.url.toString() : '';
  if (/\{\{\s*(token_url|auth_grant_url)\s*\}\}/.test(url)) {
    return true;
  }
  var tokenUrl = value('token_url');
  var grantUrl = value('auth_grant_url');
  return Boolean((tokenUrl && url.indexOf(tokenUrl) === 0) || (grantUrl && url.indexOf(grantUrl) === 0));
}
