// unifiedQuery(): what both events of page-unified-query share about the Unified API query being
// paged. The list key comes from the generated params line ({ listKey: 'campaigns' }), else from
// the URL's last path segment (/query/campaigns -> campaigns). `adProducts` (params, optional) are
// asked one per query, in turn (the API takes one ad product per adProductFilter); `product` names the
// local that holds the index of the one being asked. The names are of the variables that hold the
// counts (environment) and the paging state (local; see page-unified-query-before-request.js).
function unifiedQuery() {
  var adProducts = typeof params !== 'undefined' && params && Object.prototype.toString.call(params.adProducts) === '[object Array]' ? params.adProducts : [];
  var listKey = typeof params !== 'undefined' && params && params.listKey ? String(params.listKey) : '';
  if (!listKey) {
    var path = pm.request && pm.request.url ? pm.request.url.getPath() : '';
    listKey = String(path).split('/').filter(function (part) {
      return part !== '';
    }).pop() || 'items';
  }
  return {
    listKey: listKey,
    label: 'Unified API ' + listKey + ' query',
    token: 'unified_next_token',
    seen: 'unified_seen_next_tokens',
    pages: 'unified_pages',
    count: 'unified_campaign_count',
    counts: 'unified_campaign_counts',
    adProducts: adProducts,
    product: 'unified_ad_product'
  };
}

// The index (in query.adProducts) of the ad product being asked; 0 before the first.
function adProductIndex(query) {
  var index = Number(value(query.product));
  return isFinite(index) && index > 0 ? Math.floor(index) : 0;
}

function clearQueryPaging(query) {
  clearLocals([query.token, query.seen, query.pages, query.product]);
}

// Ends the query's paging with a failed test named after it; the paging state is cleared.
function failQuery(query, message) {
  clearQueryPaging(query);
  failTest(query.label, message);
}
