// page-unified-query, test half: runs after each page of a Unified API query (params { listKey },
// optional); page-unified-query-before-request.js is the other half and tells where the state lives.
//
// Checks the shape ({<listKey>: [...]}), adds the page to unified_campaign_count and, per `adProduct`
// of each item, to unified_campaign_counts (JSON), and while the answer has a nextToken runs this
// request again (pm.execution.setNextRequest(<its id>)). With params.adProducts, after the last page
// of one ad product it runs again for the next one (paging state reset, counts kept), until all were
// asked. Paging stops with a failed test when:
//   - a nextToken was seen before in this query: repeated_next_token;
//   - {{max_pages}} pages (default 10000) were read and the answer still has a nextToken: page_limit;
//   - the body is not JSON, or not of that shape: malformed_response.
// Paging state is cleared on the last page and on any failure. While check-response has a retry
// pending nothing happens (the retry reads the same page).
(function pageUnifiedQueryAfterResponse() {
  // @prelude unified-query
  var query = unifiedQuery();

  function productCounts() {
    try {
      var parsed = JSON.parse(value(query.counts) || '{}');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    } catch (e) {
      return {};
    }
  }

  var answer = pagedAnswer(function () {
    clearQueryPaging(query);
  });
  if (!answer) {
    return; // a retry reads the same page, or check-response (or Newman) reports the failure
  }
  if (answer.notJson) {
    failQuery(query, CAUSE.malformed_response + ': the ' + query.label + ' answer is not JSON - check that api_url is the Amazon Ads API host of your region');
    return;
  }
  var body = answer.body;
  var items = body && body[query.listKey];
  if (!Array.isArray(items)) {
    failQuery(query, CAUSE.malformed_response + ': the ' + query.label + ' answer has no ' + query.listKey + ' list - check the request and api_url');
    return;
  }

  var total = (Number(value(query.count)) || 0) + items.length;
  pm.environment.set(query.count, total);
  var byProduct = productCounts();
  items.forEach(function (item) {
    var product = item && item.adProduct ? String(item.adProduct) : 'UNKNOWN';
    byProduct[product] = (Number(byProduct[product]) || 0) + 1;
  });
  pm.environment.set(query.counts, JSON.stringify(byProduct));
  pm.test(query.label, function () {
    pm.expect(items).to.be.an('array');
  });

  var next = nextTokenOf(body);
  if (!next) {
    var product = adProductIndex(query) + 1;
    clearQueryPaging(query);
    if (product < query.adProducts.length) {
      pm.variables.set(query.product, String(product));
      pm.execution.setNextRequest(pm.info.requestId || pm.info.requestName);
    }
    return;
  }
  if (tokenRepeated(query.seen, query.token, next)) {
    failQuery(query, CAUSE.repeated_next_token + ': the ' + query.label + ' answered a nextToken it had already given, after ' +
      total + ' items - paging stopped to avoid an endless loop; the count may be incomplete');
    return;
  }
  var pages = (Number(value(query.pages)) || 0) + 1;
  var turned = turnPage(query.pages, pages, function () {
    failQuery(query, CAUSE.page_limit + ': the ' + query.label + ' still had more after ' + pages + ' pages (max_pages) - ' +
      total + ' items counted; raise max_pages or page_size');
  });
  if (turned) {
    keepToken(query.seen, query.token, next);
  }
})();
