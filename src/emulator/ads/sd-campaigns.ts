/**
 * Sponsored Display: GET /sd/campaigns, paged with the query's startIndex / count (a page shorter than
 * count is the last), filtered by stateFilter (comma-separated enabled,paused,archived), campaignIdFilter, name.
 */
import { sendJson } from '../http.js';
import { pageSizeOf, type AdsCall } from './call.js';
import { BadRequest } from './errors.js';
import type { SdCampaign } from './campaign-data.js';
import { pageOf } from './paging.js';

/** Largest count SD list calls accept (also the default page). */
export const sdMaxCount = 100;
const sdStates = ['enabled', 'paused', 'archived'];

function commaList(url: URL, name: string): string[] | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value.trim() === '') return undefined;
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

export function listSdCampaigns(call: AdsCall): void {
  const { url } = call;
  const book = call.context.account.campaignsOf(call.profile).sd;
  const count = pageSizeOf(url.searchParams.get('count') ?? undefined, 'count', sdMaxCount, call.context.options.pageSize ?? sdMaxCount);
  const startText = url.searchParams.get('startIndex');
  if (startText !== null && !/^\d+$/.test(startText)) throw new BadRequest('startIndex must be a whole number >= 0');
  const startIndex = startText === null ? 0 : Number(startText);
  const states = commaList(url, 'stateFilter');
  const bad = states?.find((state) => !sdStates.includes(state));
  if (bad !== undefined) throw new BadRequest(`stateFilter has an unknown state ${bad}; allowed: ${sdStates.join(', ')}`);
  const ids = commaList(url, 'campaignIdFilter');
  const name = url.searchParams.get('name') ?? undefined;
  const filters: Array<(c: SdCampaign) => boolean> = [];
  if (states) filters.push((c) => states.includes(c.state));
  if (ids) filters.push((c) => ids.includes(String(c.campaignId)));
  if (name) filters.push((c) => c.name === name);
  // SD pages by position among the matching campaigns.
  const matches = filters.length ? (c: SdCampaign) => filters.every((f) => f(c)) : undefined;
  let items: SdCampaign[];
  if (!matches) items = pageOf(book, startIndex, count).items;
  else {
    items = [];
    let seen = 0;
    for (let i = 0; i < book.size && items.length < count; i++) {
      const campaign = book.at(i);
      if (!matches(campaign)) continue;
      if (seen++ >= startIndex) items.push(campaign);
    }
  }
  sendJson(call.response, 200, items, 'application/json');
}
