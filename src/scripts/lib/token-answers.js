// How a token endpoint answer that carries no access token is read, shared by refresh-token (the
// collection pre-request's pm.sendRequest) and store-token (the Auth folder's requests). Every message
// names the token endpoint's host, and carries it as data ({ host, endpoint: 'token' }, failureText), so
// the runner words the cause for Login with Amazon instead of the Ads API (src/core/causes/table.ts).
//   tokenHostOf(url)                 host[:port] of the token URL, never its path, query or userinfo
//   tokenRetryKind(code, body)       'throttled' (429), 'server_error' (5xx, OAuth server_error /
//                                    temporarily_unavailable), else ''
//   tokenGiveUpMessage(kind, host, code, retries, oauthError)  the failure once the retries are spent
//   tokenBodyOf(response)            the parsed JSON object, null when the body is not one
import { tokenRetryKindOf } from '../../rules/retry-timing.js';
import { failureText } from '../../core/causes/failure-text.js';

export function tokenHostOf(url) {
  var match = /^[a-z][a-z0-9+.-]*:\/\/([^\/?#]+)/i.exec(url || '');
  return match ? match[1].replace(/^[^@]*@/, '') : 'an invalid token_url';
}

export function tokenBodyOf(response) {
  var body = null;
  try {
    body = response.json();
  } catch (e) {
    body = null;
  }
  return body && typeof body === 'object' && !Array.isArray(body) ? body : null;
}

export function tokenRetryKind(code, body) {
  return tokenRetryKindOf(code, body && typeof body.error === 'string' ? body.error : '');
}

export function tokenGiveUpMessage(kind, host, code, retries, oauthError) {
  var answered = 'the token endpoint at ' + host + ' answered HTTP ' + code +
    (oauthError ? ' (OAuth ' + String(oauthError).replace(/[^\w.-]/g, '').slice(0, 60) + ')' : '') +
    ' still after ' + retries + ' retries';
  if (kind === 'throttled') {
    return failureText(CAUSE.throttled, answered + ' - Login with Amazon is limiting token requests; wait a few minutes and run again', { host: host, endpoint: 'token' });
  }
  return failureText(CAUSE.server_error, answered + ' - Login with Amazon is failing on its side, the credentials are not the problem; try again later', { host: host, endpoint: 'token' });
}
