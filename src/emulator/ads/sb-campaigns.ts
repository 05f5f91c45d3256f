/** Sponsored Brands v4: POST /sb/v4/campaigns/list, paged with maxResults / nextToken in the body. */
import { sendJson } from '../http.js';
import { mediaTypes } from '../../catalog/media-types.js';
import { includeFilter, jsonObjectBody, nameMatcher, pageSizeOf, type AdsCall } from './call.js';
import type { SbCampaign } from './campaign-data.js';
import { decodeNextToken, encodeNextToken, pageOf } from './paging.js';

/** Largest maxResults SB list calls accept (also the default page). */
export const sbMaxResults = 100;
const sbStates = ['ENABLED', 'PAUSED', 'ARCHIVED'] as const;

export function listSbCampaigns(call: AdsCall): void {
  const body = jsonObjectBody(call.body);
  const book = call.context.account.campaignsOf(call.profile).sb;
  const max = pageSizeOf(body.maxResults, 'maxResults', sbMaxResults, call.context.options.pageSize ?? sbMaxResults);
  const offset = body.nextToken === undefined || body.nextToken === null ? 0 : decodeNextToken(body.nextToken, 'sb', call.profile.profileId);
  const states = includeFilter(body.stateFilter, 'stateFilter', 3, sbStates);
  const ids = includeFilter(body.campaignIdFilter, 'campaignIdFilter', 100);
  const name = nameMatcher(body.nameFilter, 'nameFilter');
  const filters: Array<(c: SbCampaign) => boolean> = [];
  if (states && states.length > 0) filters.push((c) => states.includes(c.state));
  if (ids && ids.length > 0) filters.push((c) => ids.includes(c.campaignId));
  if (name) filters.push((c) => name(c.name));
  const page = pageOf(book, offset, max, filters.length ? (c) => filters.every((f) => f(c)) : undefined);
  const result: Record<string, unknown> = { campaigns: page.items, totalResults: page.total };
  if (page.nextOffset !== undefined) {
    const repeat = call.context.options.repeatNextToken && typeof body.nextToken === 'string';
    result.nextToken = repeat ? body.nextToken : encodeNextToken('sb', call.profile.profileId, page.nextOffset);
  }
  sendJson(call.response, 200, result, mediaTypes.sbCampaign);
}
