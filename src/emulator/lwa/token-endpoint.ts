/**
 * POST /auth/o2/token: Login with Amazon's token endpoint (RFC 6749 sections 4.1.3, 6 and 5).
 * Takes application/x-www-form-urlencoded; the client authenticates with client_id + client_secret
 * in the body or with HTTP Basic (not both).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { demoCredentials } from '../credentials.js';
import { header, mediaTypeOf, sendJson } from '../http.js';
import type { EmulatorContext } from '../context.js';
import { noStore, sendOAuthError } from './oauth-error.js';

interface ClientCredentials {
  clientId?: string;
  clientSecret?: string;
  basic: boolean;
  conflict: boolean;
}

function clientCredentialsOf(request: IncomingMessage, form: URLSearchParams): ClientCredentials | 'bad_basic' {
  const authorization = header(request, 'authorization');
  const bodyId = form.get('client_id') ?? undefined;
  const bodySecret = form.get('client_secret') ?? undefined;
  if (authorization && /^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return 'bad_basic';
    const clientId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
    const clientSecret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
    const conflict = bodySecret !== undefined || (bodyId !== undefined && bodyId !== clientId);
    return { clientId, clientSecret, basic: true, conflict };
  }
  return { clientId: bodyId, clientSecret: bodySecret, basic: false, conflict: false };
}

export function handleTokenRequest(
  context: EmulatorContext,
  request: IncomingMessage,
  response: ServerResponse,
  body: string,
): void {
  const { stats, grants, options } = context;
  const fail: typeof sendOAuthError = (...args) => {
    stats.grants.failed++;
    sendOAuthError(...args);
  };

  if (mediaTypeOf(header(request, 'content-type')) !== 'application/x-www-form-urlencoded') {
    fail(response, 'invalid_request', 'The token request must be sent as application/x-www-form-urlencoded.');
    return;
  }
  const form = new URLSearchParams(body);
  const grantType = form.get('grant_type');
  if (!grantType) {
    fail(response, 'invalid_request', 'The request is missing the required parameter: grant_type.');
    return;
  }
  if (grantType !== 'refresh_token' && grantType !== 'authorization_code') {
    fail(response, 'unsupported_grant_type', `The grant type ${grantType} is not supported; use refresh_token or authorization_code.`);
    return;
  }

  const client = clientCredentialsOf(request, form);
  if (client === 'bad_basic') {
    fail(response, 'invalid_client', 'Client authentication failed: the Basic authorization header is malformed.', true);
    return;
  }
  if (client.conflict) {
    fail(response, 'invalid_request', 'The client authenticated with more than one method; send the credentials either in the body or with HTTP Basic.');
    return;
  }
  if (!client.clientId || !client.clientSecret) {
    fail(response, 'invalid_client', 'Client authentication failed: client_id and client_secret are required.', client.basic);
    return;
  }
  if (client.clientId !== demoCredentials.client_id || client.clientSecret !== demoCredentials.client_secret) {
    fail(response, 'invalid_client', 'Client authentication failed: unknown client_id or wrong client_secret.', client.basic);
    return;
  }

  let refreshToken: string;
  if (grantType === 'refresh_token') {
    const presented = form.get('refresh_token');
    if (!presented) {
      fail(response, 'invalid_request', 'The request is missing the required parameter: refresh_token.');
      return;
    }
    if (options.rejectRefresh || !grants.isRefreshToken(presented)) {
      fail(response, 'invalid_grant', 'The request has an invalid grant parameter : refresh_token');
      return;
    }
    refreshToken = presented;
  } else {
    const code = form.get('code');
    const redirectUri = form.get('redirect_uri');
    if (!code) {
      fail(response, 'invalid_request', 'The request is missing the required parameter: code.');
      return;
    }
    if (!redirectUri) {
      fail(response, 'invalid_request', 'The request is missing the required parameter: redirect_uri.');
      return;
    }
    const problem = grants.redeemCode(code, client.clientId, redirectUri);
    if (problem) {
      const descriptions = {
        unknown: 'The request has an invalid grant parameter : code',
        used: 'The authorization code has already been used; codes are single-use. Start the authorization again.',
        expired: 'The authorization code has expired; codes are valid for 5 minutes. Start the authorization again.',
        other_client: 'The authorization code was issued to another client.',
        redirect_mismatch: 'The redirect_uri does not match the one the authorization code was issued for.',
      } as const;
      fail(response, 'invalid_grant', descriptions[problem]);
      return;
    }
    refreshToken = grants.issueRefreshToken();
  }

  stats.grants[grantType]++;
  sendJson(
    response,
    200,
    {
      access_token: grants.issueAccessToken(client.clientId, options.tokenTtlSeconds),
      refresh_token: refreshToken,
      token_type: 'bearer',
      expires_in: options.tokenTtlSeconds,
    },
    'application/json;charset=UTF-8',
    noStore,
  );
}
