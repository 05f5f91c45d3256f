// list-campaigns: pre-request and test script of First call's "List SP/SB/SD campaigns".
// Parameter (generated `const params = {...};` line): { adProduct: 'SP' | 'SB' | 'SD' }; without it
// the ad product is read from the URL (/sp/, /sb/, /sd/).
//
// Pre-request: without a profileId fails with scope_missing and skips the request; else writes the
// paging into the request.
//   SP, SB (POST .../list, JSON body): maxResults = {{page_size}} (removed when page_size is empty, so
//     the API default applies) and nextToken = the token of the page to fetch (absent on page one).
//   SD (GET /sd/campaigns): query startIndex (0 on page one) and count = {{page_size}} (when set).
//   page_size is capped at each call's largest page: SP 1000, SB 100, SD 100.
//   On page one (no paging state yet) <sp|sb|sd>_campaign_count is reset to 0.
// Test: checks the shape (SP, SB: {campaigns: [...]}; SD: [...]), adds the page's campaigns to
//   <sp|sb|sd>_campaign_count, stores the first SP campaignId (an empty list passes), and while
//   there is a next page runs this request again with pm.execution.setNextRequest(<its id>).
//   The last page: SP/SB nextToken absent or empty; SD a page shorter than count (without a count,
//   an empty page). A nextToken seen before fails with repeated_next_token and stops paging; a body
//   that is not JSON, or not of the expected shape, fails with malformed_response.
//
// Where things live:
//   environment  sp_campaign_count, sb_campaign_count, sd_campaign_count (numbers), campaignId;
//   local (pm.variables, gone when the run ends, so a new run always starts at page one)
//                sp_next_token, sb_next_token, sd_start_index (paging state: set = continuing),
//                sp_seen_next_tokens, sb_seen_next_tokens (JSON lists, for the repeat check).
// Paging state is cleared on the last page and on any failure. While check-response has a retry
// pending (retry_pending = 'true') the test does nothing, so the retry fetches the same page.
(function listCampaigns() {
  var product = '';
  if (typeof params !== 'undefined' && params && params.adProduct) {
    product = String(params.adProduct).toLowerCase();
  }
  if (['sp', 'sb', 'sd'].indexOf(product) === -1) {
    var url = pm.request && pm.request.url ? pm.request.url.toString() : '';
    var match = /\/(sp|sb|sd)\//i.exec(url);
    product = match ? match[1].toLowerCase() : '';
  }
  if (!product) {
    pm.test('campaign list request is known', function () {
      pm.expect.fail('unexpected_status: list-campaigns needs params.adProduct SP, SB or SD');
    });
    return;
  }

  var LABEL = product.toUpperCase();
  var COUNT = product + '_campaign_count';
  var TOKEN = product + '_next_token';
  var START = 'sd_start_index';
  var SEEN = product + '_seen_next_tokens';

  function value(name) {
    var v = pm.variables.get(name);
    return v === undefined || v === null ? '' : String(v).trim();
  }

  // The largest page each list call accepts; a larger page_size asks for that many (so one
  // page_size works for all three lists).
  var MAX_PAGE = { sp: 1000, sb: 100, sd: 100 };

  function pageSize() {
    var size = Number(value('page_size'));
    return value('page_size') !== '' && isFinite(size) && size >= 1 ? Math.min(Math.floor(size), MAX_PAGE[product]) : 0;
  }

  function continuing() {
    return product === 'sd' ? value(START) !== '' : value(TOKEN) !== '';
  }

  function clearPaging() {
    if (product === 'sd') {
      pm.variables.set(START, '');
    } else {
      pm.variables.set(TOKEN, '');
      pm.variables.set(SEEN, '');
    }
  }

  function seenTokens() {
    try {
      var list = JSON.parse(value(SEEN) || '[]');
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function fail(message) {
    clearPaging();
    pm.test(LABEL + ' campaign list', function () {
      pm.expect.fail(message);
    });
  }

  function queryValue(key) {
    var found = '';
    if (pm.request && pm.request.url && pm.request.url.query) {
      pm.request.url.query.each(function (param) {
        if (param && param.key === key && !param.disabled) {
          found = param.value === undefined || param.value === null ? '' : String(param.value);
        }
      });
    }
    return found;
  }

  function setQuery(key, val) {
    pm.request.url.query.remove(function (param) {
      return param && param.key === key;
    });
    if (val !== '') {
      pm.request.url.query.add({ key: key, value: String(val) });
    }
  }

  function readBody() {
    var raw = pm.request.body && pm.request.body.mode === 'raw' ? pm.request.body.raw || '' : '';
    if (!raw.trim()) {
      return {};
    }
    try {
      var parsed = JSON.parse(raw);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    } catch (e) {
      // A body with {{variables}} outside strings is not JSON until resolved; paging fields win.
      try {
        return JSON.parse(raw.replace(/\{\{[^}]*\}\}/g, 'null')) || {};
      } catch (e2) {
        return {};
      }
    }
  }

  function beforeRequest() {
    if (!value('profileId')) {
      // Certain to fail without the scope header: say why, and do not send it.
      clearPaging();
      pm.test(LABEL + ' campaign list', function () {
        pm.expect.fail('scope_missing: profileId is empty, so the Amazon-Advertising-API-Scope header would be too - run Accounts > Profiles first or set profileId');
      });
      pm.execution.skipRequest();
      return;
    }
    if (!continuing()) {
      pm.environment.set(COUNT, 0);
      if (product !== 'sd') {
        pm.variables.set(SEEN, '');
      }
    }
    var size = pageSize();
    if (product === 'sd') {
      setQuery('startIndex', continuing() ? value(START) : '0');
      if (size) {
        setQuery('count', size);
      }
      return;
    }
    var body = readBody();
    if (size) {
      body.maxResults = size;
    } else {
      delete body.maxResults;
    }
    if (continuing()) {
      body.nextToken = value(TOKEN);
    } else {
      delete body.nextToken;
    }
    var options = pm.request.body && pm.request.body.options ? pm.request.body.options : { raw: { language: 'json' } };
    pm.request.body.update({ mode: 'raw', raw: JSON.stringify(body, null, 2), options: options });
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
      fail('malformed_response: the ' + LABEL + ' campaign list is not JSON - check that api_url is the Amazon Ads API host of your region');
      return;
    }
    var campaigns = product === 'sd' ? body : body && body.campaigns;
    if (!Array.isArray(campaigns)) {
      fail('malformed_response: the ' + LABEL + ' campaign list is not ' +
        (product === 'sd' ? 'a JSON array' : 'an object with a campaigns array') + ' - check the request\'s Accept media type and api_url');
      return;
    }

    var before = Number(value(COUNT)) || 0;
    pm.environment.set(COUNT, before + campaigns.length);
    if (product === 'sp' && before === 0 && campaigns.length && campaigns[0] && campaigns[0].campaignId !== undefined) {
      pm.environment.set('campaignId', String(campaigns[0].campaignId));
    }

    pm.test(LABEL + ' campaign list', function () {
      pm.expect(campaigns).to.be.an('array');
    });

    if (product === 'sd') {
      var count = Number(queryValue('count'));
      var hasCount = queryValue('count') !== '' && isFinite(count) && count > 0;
      var last = hasCount ? campaigns.length < count : campaigns.length === 0;
      if (last) {
        clearPaging();
        return;
      }
      var start = Number(queryValue('startIndex') || value(START)) || 0;
      pm.variables.set(START, String(start + campaigns.length));
      pm.execution.setNextRequest(pm.info.requestId || pm.info.requestName);
      return;
    }

    var next = body.nextToken;
    if (next === undefined || next === null || String(next) === '') {
      clearPaging();
      return;
    }
    next = String(next);
    var seen = seenTokens();
    if (seen.indexOf(next) !== -1 || next === value(TOKEN)) {
      fail('repeated_next_token: the ' + LABEL + ' campaign list answered a nextToken it had already given, after ' +
        (before + campaigns.length) + ' campaigns - paging stopped to avoid an endless loop; the count may be incomplete');
      return;
    }
    seen.push(next);
    pm.variables.set(SEEN, JSON.stringify(seen));
    pm.variables.set(TOKEN, next);
    pm.execution.setNextRequest(pm.info.requestId || pm.info.requestName);
  }

  if (pm.info.eventName === 'prerequest') {
    beforeRequest();
  } else {
    afterResponse();
  }
})();
