/** RFC 6749 section 5.2 error responses of the token endpoint. */
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http.js';

export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope';

export const oauthErrorStatus: Record<OAuthErrorCode, number> = {
  invalid_request: 400,
  invalid_client: 401,
  invalid_grant: 400,
  unauthorized_client: 400,
  unsupported_grant_type: 400,
  invalid_scope: 400,
};

export const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function sendOAuthError(
  response: ServerResponse,
  error: OAuthErrorCode,
  description: string,
  basicAuthUsed = false,
): void {
  const headers: Record<string, string> = { ...noStore };
  if (error === 'invalid_client' && basicAuthUsed) headers['WWW-Authenticate'] = 'Basic realm="Login with Amazon"';
  sendJson(response, oauthErrorStatus[error], { error, error_description: description }, 'application/json;charset=UTF-8', headers);
}
