// The local variables select-account pages advertiser accounts with: the nextToken of the page to
// read (set = continuing), the pages read, and the first account seen (JSON, for "the first account").
import { clearLocals } from './paging.js';

export var ACCOUNT_PAGING = { token: 'account_next_token', pages: 'account_pages', first: 'account_first' };

export function clearAccountPaging() {
  clearLocals([ACCOUNT_PAGING.token, ACCOUNT_PAGING.pages, ACCOUNT_PAGING.first]);
}
