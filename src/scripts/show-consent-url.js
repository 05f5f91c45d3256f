// show-consent-url: test script of "Auth grant login".
//
// The consent page is meant for a browser: this script builds the URL to open there from
// {{auth_grant_url}}, {{client_id}}, {{permission_scope}} and {{redirect_uri}}, stores it in the
// local variable consent_url and writes it to the Postman console. After signing in, Amazon sends
// the browser to redirect_uri with ?code=...; put that code into "Access token from auth grant code".
// The client id is part of that public URL (it is not a secret); nothing else from the environment
// is printed.
import { value } from './lib/value.js';
import { failureText } from '../core/causes/failure-text.js';

(function showConsentUrl() {
  var missing = ['auth_grant_url', 'client_id', 'permission_scope', 'redirect_uri'].filter(function (name) {
    return !value(name);
  });

  pm.test('consent URL can be built', function () {
    pm.expect(missing, failureText(CAUSE.invalid_request, 'set ' + missing.join(', ') + ' in the environment to build the consent URL')).to.be.empty;
  });
  if (missing.length) {
    return;
  }

  var consentUrl = value('auth_grant_url') +
    (value('auth_grant_url').indexOf('?') === -1 ? '?' : '&') +
    'client_id=' + encodeURIComponent(value('client_id')) +
    '&scope=' + encodeURIComponent(value('permission_scope')) +
    '&response_type=code' +
    '&redirect_uri=' + encodeURIComponent(value('redirect_uri'));
  pm.variables.set('consent_url', consentUrl);
  console.info('Open this URL in a browser, sign in and allow access; then copy the code from the address you are sent to: ' +
    consentUrl);

  if (!pm.response || !pm.response.code) {
    return; // nothing answered: Newman reports the request error itself
  }
  pm.test('consent page answered', function () {
    pm.expect(pm.response.code, failureText(CAUSE.unexpected_status, 'the consent page answered HTTP ' + pm.response.code +
      ' - check auth_grant_url')).to.be.below(400);
  });
})();
