// list-campaigns, pre-request half: runs before each page of First call's "List SP/SB/SD campaigns"
// (params { adProduct }); list-campaigns-after-response.js is the other half.
//
// Without a profileId fails with scope_missing and skips the request; else writes the paging into
// the request:
//   SP, SB (POST .../list, JSON body): maxResults = {{page_size}} (removed when page_size is empty, so
//     the API default applies) and nextToken = the token of the page to fetch (absent on page one).
//   SD (GET /sd/campaigns): query startIndex (0 on page one) and count = {{page_size}} (when set).
//   page_size is capped at each call's largest page: SP 1000, SB 100, SD 100.
// On page one (no paging state yet) <sp|sb|sd>_campaign_count is reset to 0 and the page counter
// and repeat checks start over.
//
// Where things live:
//   environment  sp_campaign_count, sb_campaign_count, sd_campaign_count (numbers), campaignId;
//   local (pm.variables, gone when the run ends, so a new run always starts at page one)
//                sp_next_token, sb_next_token, sd_start_index (paging state: set = continuing),
//                sp_seen_next_tokens, sb_seen_next_tokens (JSON lists, nextToken repeat check),
//                sd_last_page (SD page repeat check), <sp|sb|sd>_page_count (max_pages check).
import { value } from './lib/value.js';
import { requestJson, sendPageRequest } from './lib/paging.js';
import { campaignList, failUnknownList, pageSizeOf, continuingList, clearPaging, failList } from './lib/campaign-list.js';
import { failureText } from '../core/causes/failure-text.js';

(function listCampaignsBeforeRequest() {
  var list = campaignList();
  if (!list) {
    failUnknownList();
    return;
  }

  function setQuery(key, val) {
    pm.request.url.query.remove(function (param) {
      return param && param.key === key;
    });
    if (val !== '') {
      pm.request.url.query.add({ key: key, value: String(val) });
    }
  }

  if (!value('profileId')) {
    // Certain to fail without the scope header: say why, and do not send it.
    failList(list, failureText(CAUSE.scope_missing, 'profileId is empty, so the Amazon-Advertising-API-Scope header would be too - run Accounts > Profiles first or set profileId'));
    pm.execution.skipRequest();
    return;
  }
  var continuing = continuingList(list);
  if (!continuing) {
    pm.environment.set(list.count, 0);
    clearPaging(list);
  }
  var size = pageSizeOf(list);
  if (list.product === 'sd') {
    setQuery('startIndex', continuing ? value(list.start) : '0');
    if (size) {
      setQuery('count', size);
    }
    return;
  }
  var body = requestJson();
  if (size) {
    body.maxResults = size;
  } else {
    delete body.maxResults;
  }
  sendPageRequest(body, continuing ? value(list.token) : '');
})();
