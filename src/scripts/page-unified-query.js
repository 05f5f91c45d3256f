// page-unified-query: pre-request and test script of Unified API > Prod > Campaigns > Query campaigns
// (any /adsApi/v1/query/<resource> call that pages with maxResults / nextToken).
// Parameter (generated `const params = {...};` line, optional): { listKey: 'campaigns' }; without it
// the list key is the last path segment of the URL (/query/campaigns -> campaigns).
//
// Pre-request: without an accountId fails with account_missing and skips the request (it would be
// refused). Writes the paging into the JSON body: maxResults = {{page_size}} when set (capped at 1000;
// else the body's own value stays) and nextToken = the token of the page to fetch (absent on page one).
// On page one unified_campaign_count is reset to 0 and unified_campaign_counts to {}.
// Test: checks the shape ({<listKey>: [...]}), adds the page to unified_campaign_count and, per
// `adProduct` of each item, to unified_campaign_counts (JSON), and while the answer has a nextToken
// runs this request again (pm.execution.setNextRequest(<its id>)). At most {{max_pages}} pages (default
// 10000): a nextToken after the last allowed page fails with page_limit. A nextToken seen before fails
// with repeated_next_token; a body that is not JSON, or not of that shape, with malformed_response.
//
// Where things live: environment unified_campaign_count (number), unified_campaign_counts (JSON);
// local (pm.variables, a run starts without them) unified_next_token (set = continuing),
// unified_seen_next_tokens (JSON list), unified_pages. Paging state is cleared on the last page and on
// any failure. While check-response has a retry pending the test does nothing (the retry reads the
// same page).
(function pageUnifiedQuery() {
  var MAX_PAGE = 1000;
  var DEFAULT_MAX_PAGES = 10000;
  var TOKEN = 'unified_next_token';
  var SEEN = 'unified_seen_next_tokens';
  var PAGES = 'unified_pages';
  var COUNT = 'unified_campaign_count';
  var COUNTS = 'unified_campaign_counts';

  function value(name) {
    var v = pm.variables.get(name);
    return v === undefined || v === null ? '' : String(v).trim();
  }

  var listKey = typeof params !== 'undefined' && params && params.listKey ? String(params.listKey) : '';
  if (!listKey) {
    var path = pm.request && pm.request.url ? pm.request.url.getPath() : '';
    listKey = String(path).split('/').filter(function (part) {
      return part !== '';
    }).pop() || 'items';
  }
  var LABEL = 'Unified API ' + listKey + ' query';

  function clearPaging() {
    pm.variables.set(TOKEN, '');
    pm.variables.set(SEEN, '');
    pm.variables.set(PAGES, '');
  }

  function fail(message) {
    clearPaging();
    pm.test(LABEL, function () {
      pm.expect.fail(message);
    });
  }

  function jsonList(name) {
    try {
      var list = JSON.parse(value(name) || '[]');
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function counts() {
    try {
      var parsed = JSON.parse(value(COUNTS) || '{}');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    } catch (e) {
      return {};
    }
  }

  function maxPages() {
    var n = Number(value('max_pages'));
    return value('max_pages') !== '' && isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_MAX_PAGES;
  }

  function beforeRequest() {
    if (!value('accountId')) {
      clearPaging();
      pm.test(LABEL, function () {
        pm.expect.fail('account_missing: accountId is empty, so the Amazon-Ads-AccountId header would be too - run Unified API > Query advertiser accounts first or set accountId');
      });
      pm.execution.skipRequest();
      return;
    }
    var continuing = value(TOKEN) !== '';
    if (!continuing) {
      pm.environment.set(COUNT, 0);
      pm.environment.set(COUNTS, '{}');
      pm.variables.set(SEEN, '');
      pm.variables.set(PAGES, '');
    }
    var raw = pm.request.body && pm.request.body.mode === 'raw' ? pm.request.body.raw || '' : '';
    var body;
    try {
      body = JSON.parse(raw || '{}');
    } catch (e) {
      body = {};
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      body = {};
    }
    var size = Number(value('page_size'));
    if (value('page_size') !== '' && isFinite(size) && size >= 1) {
      body.maxResults = Math.min(Math.floor(size), MAX_PAGE);
    }
    if (continuing) {
      body.nextToken = value(TOKEN);
    } else {
      delete body.nextToken;
    }
    pm.request.body.update({ mode: 'raw', raw: JSON.stringify(body, null, 2), options: { raw: { language: 'json' } } });
  }

  function afterResponse() {
    if (value('retry_pending') === 'true') {
      return; // the same page is fetched again
    }
    var code = pm.response && pm.response.code;
    if (!(code >= 200 && code < 300)) {
      clearPaging(); // check-response (or Newman, when nothing answered) reports the failure
      return;
    }
    var body;
    try {
      body = pm.response.json();
    } catch (e) {
      fail('malformed_response: the ' + LABEL + ' answer is not JSON - check that api_url is the Amazon Ads API host of your region');
      return;
    }
    var items = body && body[listKey];
    if (!Array.isArray(items)) {
      fail('malformed_response: the ' + LABEL + ' answer has no ' + listKey + ' list - check the request and api_url');
      return;
    }

    var before = Number(value(COUNT)) || 0;
    pm.environment.set(COUNT, before + items.length);
    var byProduct = counts();
    items.forEach(function (item) {
      var product = item && item.adProduct ? String(item.adProduct) : 'UNKNOWN';
      byProduct[product] = (Number(byProduct[product]) || 0) + 1;
    });
    pm.environment.set(COUNTS, JSON.stringify(byProduct));
    pm.test(LABEL, function () {
      pm.expect(items).to.be.an('array');
    });

    var next = body.nextToken;
    if (next === undefined || next === null || String(next) === '') {
      clearPaging();
      return;
    }
    next = String(next);
    var pages = (Number(value(PAGES)) || 0) + 1;
    var seen = jsonList(SEEN);
    if (seen.indexOf(next) !== -1 || next === value(TOKEN)) {
      fail('repeated_next_token: the ' + LABEL + ' answered a nextToken it had already given, after ' +
        (before + items.length) + ' items - paging stopped to avoid an endless loop; the count may be incomplete');
      return;
    }
    if (pages >= maxPages()) {
      fail('page_limit: the ' + LABEL + ' still had more after ' + pages + ' pages (max_pages) - ' +
        (before + items.length) + ' items counted; raise max_pages or page_size');
      return;
    }
    seen.push(next);
    pm.variables.set(SEEN, JSON.stringify(seen));
    pm.variables.set(PAGES, String(pages));
    pm.variables.set(TOKEN, next);
    pm.execution.setNextRequest(pm.info.requestId || pm.info.requestName);
  }

  if (pm.info.eventName === 'prerequest') {
    beforeRequest();
  } else {
    afterResponse();
  }
})();
