// oauthErrorMessage(error, grantType): the failure line for an OAuth error id Login with Amazon
// answered, `<error id>: <what happened> - <what to do>`, worded for the grant that was used
// ('refresh_token' or 'authorization_code'); '' for an error id this table does not know.
import { failureText } from '../../core/causes/failure-text.js';

export function oauthErrorMessage(error, grantType) {
  var refreshing = grantType === 'refresh_token';
  var texts = {
    invalid_grant: refreshing
      ? 'the refresh token was rejected (revoked, expired, or issued to another app) - obtain a new one for this client id (npm run auth) and check refresh_token'
      : 'the authorization code was rejected (already used, expired, or issued for another redirect_uri or app) - open the consent page again (Auth grant login) and exchange the new code at once',
    invalid_client:
      'the client id or client secret is wrong - check client_id and client_secret against your Login with Amazon security profile',
    invalid_request:
      'the token request was incomplete or malformed - check that client_id, client_secret and ' +
      (refreshing ? 'refresh_token' : 'the code') + ' are set, without quotes or spaces',
    unsupported_grant_type:
      'the token endpoint does not accept the ' + (grantType || 'requested') +
      ' grant - check that token_url is the Login with Amazon token endpoint of your region'
  };
  return Object.prototype.hasOwnProperty.call(texts, error) ? failureText(error, texts[error]) : '';
}
