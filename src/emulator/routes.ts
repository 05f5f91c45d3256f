/**
 * Every route the emulator answers, with how each is guarded. One table of the stateful routes (tokens,
 * profiles, campaign lists, reporting, Unified accounts and campaigns), so a newcomer finds a path, its
 * media type and whether it needs Amazon-Advertising-API-Scope in one place; every other request of the
 * catalog is answered from the contract (contract/contract-routes.ts, loaded on the first such request:
 * the body checked against Amazon's spec, the answer its saved example), guarded by its catalog header set.
 */
import { mediaTypes } from '../catalog/media-types.js';
import type { AdsCall } from './ads/call.js';
import type { ErrorStyle } from './ads/errors.js';
import { getProfile, listManagerAccounts, listProfiles } from './ads/accounts.js';
import { createSpCampaigns, deleteSpCampaigns, listSpCampaigns, updateSpCampaigns } from './ads/sp-campaigns.js';
import { listSbCampaigns } from './ads/sb-campaigns.js';
import { listSdCampaigns } from './ads/sd-campaigns.js';
import { queryAdvertiserAccounts } from './ads/unified-accounts.js';
import { createUnifiedCampaigns, deleteUnifiedCampaigns, queryUnifiedCampaigns, updateUnifiedCampaigns } from './ads/unified-campaigns.js';
import { createReport, createReportResponseType, getReport, getReportResponseType } from './reporting/reports.js';

export interface AdsRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path pattern; `{name}` matches one segment. */
  path: string;
  /** Shape of error bodies (see ads/errors.ts). */
  errorStyle: ErrorStyle;
  /** Needs Amazon-Advertising-API-Scope naming one of this login's profiles. */
  scoped: boolean;
  /**
   * A Unified API (/adsApi/v1) route: the client id may come as Amazon-Ads-ClientId too; 'account'
   * needs Amazon-Ads-AccountId naming one of the login's advertiser accounts (a Scope header, when
   * sent, must name one of that account's profiles); 'client' needs no account context.
   */
  unified?: 'account' | 'client';
  /** A vendor media type that Accept must admit and Content-Type must name. */
  mediaType?: string;
  /** 'required': Content-Type must be the vendor type; 'when-sent': checked only when present. */
  contentType?: 'required' | 'when-sent';
  /** A list call: answers invalid JSON under the malformed fault. */
  list: boolean;
  /** Media type of the success response. */
  responseType: string;
  handle: (call: AdsCall) => void;
}

const sp = { errorStyle: 'v3', scoped: true, mediaType: mediaTypes.spCampaign, contentType: 'required', responseType: mediaTypes.spCampaign } as const;

/** Unified API (/adsApi/v1): JSON both ways, errors as {code, message} with the Unified ErrorCode. */
const unified = { errorStyle: 'unified', scoped: false, mediaType: mediaTypes.json, contentType: 'required', responseType: mediaTypes.json } as const;

export const adsRoutes: AdsRoute[] = [
  { method: 'GET', path: '/v2/profiles', errorStyle: 'v2', scoped: false, list: true, responseType: 'application/json', handle: listProfiles },
  { method: 'GET', path: '/v2/profiles/{profileId}', errorStyle: 'v2', scoped: false, list: false, responseType: 'application/json', handle: getProfile },
  { method: 'GET', path: '/managerAccounts', errorStyle: 'v3', scoped: false, list: true, responseType: 'application/vnd.getmanageraccountsresponse.v1+json', handle: listManagerAccounts },
  { method: 'POST', path: '/sp/campaigns/list', ...sp, list: true, handle: listSpCampaigns },
  { method: 'POST', path: '/sp/campaigns', ...sp, list: false, handle: createSpCampaigns },
  { method: 'PUT', path: '/sp/campaigns', ...sp, list: false, handle: updateSpCampaigns },
  { method: 'POST', path: '/sp/campaigns/delete', ...sp, list: false, handle: deleteSpCampaigns },
  {
    method: 'POST',
    path: '/sb/v4/campaigns/list',
    errorStyle: 'v3',
    scoped: true,
    mediaType: mediaTypes.sbCampaign,
    contentType: 'when-sent',
    list: true,
    responseType: mediaTypes.sbCampaign,
    handle: listSbCampaigns,
  },
  { method: 'GET', path: '/sd/campaigns', errorStyle: 'v2', scoped: true, list: true, responseType: 'application/json', handle: listSdCampaigns },
  { method: 'POST', path: '/adsApi/v1/query/advertiserAccounts', ...unified, unified: 'client', list: true, handle: queryAdvertiserAccounts },
  { method: 'POST', path: '/adsApi/v1/query/campaigns', ...unified, unified: 'account', list: true, handle: queryUnifiedCampaigns },
  { method: 'POST', path: '/adsApi/v1/create/campaigns', ...unified, unified: 'account', list: false, handle: createUnifiedCampaigns },
  { method: 'POST', path: '/adsApi/v1/update/campaigns', ...unified, unified: 'account', list: false, handle: updateUnifiedCampaigns },
  { method: 'POST', path: '/adsApi/v1/delete/campaigns', ...unified, unified: 'account', list: false, handle: deleteUnifiedCampaigns },
  { method: 'POST', path: '/reporting/reports', errorStyle: 'v3', scoped: true, list: false, responseType: createReportResponseType, handle: createReport },
  { method: 'GET', path: '/reporting/reports/{reportId}', errorStyle: 'v3', scoped: true, list: false, responseType: getReportResponseType, handle: getReport },
];

/** Finds the stateful route for a method and path, with the path's parameters (else contract/contract-routes.ts answers). */
export function matchAdsRoute(method: string, pathname: string): { route: AdsRoute; params: Record<string, string> } | undefined {
  const segments = pathname.split('/');
  for (const route of adsRoutes) {
    if (route.method !== method) continue;
    const pattern = route.path.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((part, i) => {
      if (part.startsWith('{') && part.endsWith('}')) {
        if (segments[i] === '') return false;
        params[part.slice(1, -1)] = decodeURIComponent(segments[i]);
        return true;
      }
      return part === segments[i];
    });
    if (ok) return { route, params };
  }
  return undefined;
}
