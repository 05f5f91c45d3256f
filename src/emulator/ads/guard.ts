/**
 * Checks every Ads API call the way Amazon does, in order: the client-id header, the bearer token,
 * the profile scope, then the media types. Returns the error to send, or the profile in scope.
 */
import type { IncomingMessage } from 'node:http';
import { demoCredentials } from '../credentials.js';
import { accepts, header, mediaTypeOf } from '../http.js';
import type { EmulatorContext } from '../context.js';
import type { AdsRoute } from '../routes.js';
import type { AdsErrorCode } from './errors.js';
import type { Profile } from './profiles-data.js';

export interface GuardFailure {
  status: number;
  code: AdsErrorCode;
  message: string;
}

export function guardAdsCall(context: EmulatorContext, route: AdsRoute, request: IncomingMessage): GuardFailure | { profile?: Profile } {
  const clientId = header(request, 'amazon-advertising-api-clientid')?.trim();
  if (!clientId) return { status: 401, code: 'UNAUTHORIZED', message: 'Missing Amazon-Advertising-API-ClientId header' };
  if (clientId !== demoCredentials.client_id) {
    return { status: 401, code: 'UNAUTHORIZED', message: 'Invalid Amazon-Advertising-API-ClientId: unknown client' };
  }

  const authorization = header(request, 'authorization')?.trim() ?? '';
  const bearer = /^bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim();
  if (!bearer) return { status: 401, code: 'UNAUTHORIZED', message: 'Missing Authorization: Bearer access token' };
  const tokenState = context.grants.accessTokenState(bearer, clientId);
  if (tokenState === 'expired') return { status: 401, code: 'UNAUTHORIZED', message: 'The access token has expired; refresh it' };
  if (tokenState !== 'valid') return { status: 401, code: 'UNAUTHORIZED', message: 'Invalid access token' };

  let profile: Profile | undefined;
  if (route.scoped) {
    const scope = header(request, 'amazon-advertising-api-scope')?.trim();
    if (!scope) return { status: 400, code: 'INVALID_ARGUMENT', message: 'Missing Amazon-Advertising-API-Scope header (a profileId from GET /v2/profiles)' };
    profile = context.account.profileForScope(scope);
    if (!profile) return { status: 403, code: 'ACCESS_DENIED', message: `Not authorized to access scope ${scope}` };
  }

  if (route.mediaType) {
    const vendor = route.mediaType.toLowerCase();
    if (!accepts(header(request, 'accept'), vendor)) {
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: `Accept must allow ${route.mediaType}` };
    }
    const contentType = mediaTypeOf(header(request, 'content-type'));
    const mustCheck = route.contentType === 'required' || (route.contentType === 'when-sent' && contentType !== undefined);
    if (mustCheck && contentType !== vendor) {
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: `Content-Type must be ${route.mediaType}` };
    }
  }
  return { profile };
}
