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
import type { AccountScope } from './call.js';

export interface GuardFailure {
  status: number;
  code: AdsErrorCode;
  message: string;
}

export function guardAdsCall(
  context: EmulatorContext,
  route: AdsRoute,
  request: IncomingMessage,
): GuardFailure | { profile?: Profile; accountScope?: AccountScope } {
  const clientId = (header(request, 'amazon-advertising-api-clientid') ?? (route.unified ? header(request, 'amazon-ads-clientid') : undefined))?.trim();
  if (!clientId) {
    const names = route.unified ? 'Amazon-Ads-ClientId (or Amazon-Advertising-API-ClientId)' : 'Amazon-Advertising-API-ClientId';
    return { status: 401, code: 'UNAUTHORIZED', message: `Missing ${names} header` };
  }
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
    if (!profile || context.account.isDenied(profile)) return { status: 403, code: 'ACCESS_DENIED', message: `Not authorized to access scope ${scope}` };
  }

  let accountScope: AccountScope | undefined;
  if (route.unified === 'account') {
    const scoped = unifiedAccountScope(context, request);
    if ('status' in scoped) return scoped;
    accountScope = scoped;
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
  return { profile, accountScope };
}

/** Amazon-Ads-AccountId (required) and an optional Amazon-Advertising-API-Scope within that account. */
function unifiedAccountScope(context: EmulatorContext, request: IncomingMessage): GuardFailure | AccountScope {
  const accountId = header(request, 'amazon-ads-accountid')?.trim();
  if (!accountId) {
    return { status: 400, code: 'INVALID_ARGUMENT', message: 'Missing Amazon-Ads-AccountId header (an advertiserAccountId from POST /adsApi/v1/query/advertiserAccounts)' };
  }
  const account = context.account.advertiserAccountFor(accountId);
  if (!account) return { status: 403, code: 'ACCESS_DENIED', message: `Not authorized to access advertiser account ${accountId}` };
  const scope = header(request, 'amazon-advertising-api-scope')?.trim();
  if (!scope) return { account, profiles: account.profiles };
  const profile = account.profiles.find((p) => String(p.profileId) === scope);
  if (!profile) return { status: 403, code: 'ACCESS_DENIED', message: `Profile ${scope} does not belong to advertiser account ${accountId}` };
  return { account, profiles: [profile] };
}
