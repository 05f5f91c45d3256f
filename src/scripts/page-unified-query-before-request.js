// page-unified-query, pre-request half: runs before each page of a Unified API query
// (Unified API > Prod > Campaigns > Query campaigns, or any /adsApi/v1/query/<resource> call that pages
// with maxResults / nextToken); page-unified-query-after-response.js is the other half.
// Parameters (generated `const params = {...};` line, optional): { listKey: 'campaigns' }; without it
// the list key is the last path segment of the URL (/query/campaigns -> campaigns). With
// { adProducts: ['SPONSORED_PRODUCTS', ...] } the query asks one ad product at a time
// (adProductFilter.include = [that product], as the API allows one), the after-response half moving
// to the next product after the last page of one.
//
// Without an accountId fails with account_missing and skips the request (it would be refused).
// Writes the paging into the JSON body: maxResults = {{page_size}} when set (capped at 1000; else the
// body's own value stays) and nextToken = the token of the page to fetch (absent on page one).
// On page one unified_campaign_count is reset to 0 and unified_campaign_counts to {}.
//
// Where things live: environment unified_campaign_count (number), unified_campaign_counts (JSON);
// local (pm.variables, a run starts without them) unified_next_token (set = continuing),
// unified_seen_next_tokens (JSON list, nextToken repeat check), unified_pages (max_pages check).
(function pageUnifiedQueryBeforeRequest() {
  // @prelude unified-query
  var LARGEST_PAGE = 1000;
  var query = unifiedQuery();

  if (!value('accountId')) {
    failQuery(query, CAUSE.account_missing + ': accountId is empty, so the Amazon-Ads-AccountId header would be too - run Unified API > Query advertiser accounts first or set accountId');
    pm.execution.skipRequest();
    return;
  }
  var product = adProductIndex(query);
  var continuing = value(query.token) !== '' || product > 0;
  if (!continuing) {
    pm.environment.set(query.count, 0);
    pm.environment.set(query.counts, '{}');
    clearLocals([query.seen, query.pages]);
  }
  var body = requestJson();
  var size = Number(value('page_size'));
  if (value('page_size') !== '' && isFinite(size) && size >= 1) {
    body.maxResults = Math.min(Math.floor(size), LARGEST_PAGE);
  }
  if (query.adProducts.length > 0) {
    body.adProductFilter = { include: [query.adProducts[Math.min(product, query.adProducts.length - 1)]] };
  }
  sendPageRequest(body, value(query.token));
})();
