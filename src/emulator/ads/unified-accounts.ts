/** POST /adsApi/v1/query/advertiserAccounts: the login's advertiser accounts, paged with maxResults / nextToken. */
import { sendJson } from '../http.js';
import { hash32 } from '../seeded.js';
import { jsonObjectBody, pageSizeOf, type AdsCall } from './call.js';
import { advertiserAccountJson } from './advertiser-accounts-data.js';
import { decodeNextToken, encodeNextToken } from './paging.js';

/** Largest maxResults the advertiser accounts query accepts (also the default page). */
export const advertiserAccountsMaxResults = 100;

export function queryAdvertiserAccounts(call: AdsCall): void {
  const body = jsonObjectBody(call.body);
  const accounts = call.context.account.advertiserAccounts;
  const max = pageSizeOf(body.maxResults, 'maxResults', advertiserAccountsMaxResults, call.context.options.pageSize ?? advertiserAccountsMaxResults);
  const key = hash32(`accounts|${call.context.options.seed}`);
  const offset = body.nextToken === undefined || body.nextToken === null ? 0 : decodeNextToken(body.nextToken, 'accounts', key);
  const page = accounts.slice(offset, offset + max).map(advertiserAccountJson);
  const next = offset + max < accounts.length ? encodeNextToken('accounts', key, offset + max) : undefined;
  sendJson(call.response, 200, { advertiserAccounts: page, ...(next ? { nextToken: next } : {}) });
}
