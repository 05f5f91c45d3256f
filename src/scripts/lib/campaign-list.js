// campaignList(): what both events of list-campaigns share about the list being paged, or null
// when the ad product is unknown. The product comes from the generated params line
// ({ adProduct: 'SP' | 'SB' | 'SD' }), else from the URL (/sp/, /sb/, /sd/). The names are of
// the variables that hold the list's paging state (see list-campaigns-before-request.js).
import { value } from './value.js';
import { clearLocals } from './paging.js';
import { failTest } from './fail-test.js';
import { failureText } from '../../core/causes/failure-text.js';

export function campaignList() {
  var product = '';
  if (typeof params !== 'undefined' && params && params.adProduct) {
    product = String(params.adProduct).toLowerCase();
  }
  if (['sp', 'sb', 'sd'].indexOf(product) === -1) {
    var match = /\/(sp|sb|sd)\//i.exec(pm.request && pm.request.url ? pm.request.url.toString() : '');
    product = match ? match[1].toLowerCase() : '';
  }
  if (!product) {
    return null;
  }
  return {
    product: product,
    label: product.toUpperCase(),
    count: product + '_campaign_count',
    token: product + '_next_token',
    seen: product + '_seen_next_tokens',
    pages: product + '_page_count',
    start: 'sd_start_index',
    lastPage: 'sd_last_page'
  };
}

// A list request whose product cannot be told fails before anything else happens.
export function failUnknownList() {
  failTest('campaign list request is known', failureText(CAUSE.unexpected_status, 'list-campaigns needs params.adProduct SP, SB or SD'));
}

// The page size asked for: {{page_size}} capped at the list call's largest page (SP 1000, SB 100,
// SD 100), so one page_size works for all three lists; 0 when page_size is empty (API default).
// Both events compute it: after the response, the request as sent is not readable in every runtime.
export function pageSizeOf(list) {
  var largest = { sp: 1000, sb: 100, sd: 100 }[list.product];
  var size = Number(value('page_size'));
  return value('page_size') !== '' && isFinite(size) && size >= 1 ? Math.min(Math.floor(size), largest) : 0;
}

// Set paging state means "continuing": the next request fetches the following page.
export function continuingList(list) {
  return list.product === 'sd' ? value(list.start) !== '' : value(list.token) !== '';
}

export function clearPaging(list) {
  clearLocals(list.product === 'sd' ? [list.pages, list.start, list.lastPage] : [list.pages, list.token, list.seen]);
}

// Ends the list with a failed test named after it; the paging state is cleared.
export function failList(list, message) {
  clearPaging(list);
  failTest(list.label + ' campaign list', message);
}
