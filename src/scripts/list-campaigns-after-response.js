// list-campaigns, test half: runs after each page of First call's "List SP/SB/SD campaigns"
// (params { adProduct }); list-campaigns-before-request.js is the other half and tells where the
// paging state lives.
//
// Checks the shape (SP, SB: {campaigns: [...]}; SD: [...]), adds the page's campaigns to
// <sp|sb|sd>_campaign_count, stores the first SP campaignId (an empty list passes), and while
// there is a next page runs this request again with pm.execution.setNextRequest(<its id>).
// The last page: SP/SB nextToken absent or empty; SD a page shorter than count (without a count,
// an empty page). Paging stops with a failed test, the count possibly incomplete, when:
//   - a nextToken was seen before in this list: repeated_next_token;
//   - an SD page is the page before it again (the server ignored startIndex): repeated_page;
//   - {{max_pages}} pages (default 10000) were fetched and the list still announces another:
//     page_limit - also the bound for a server whose nextToken changes forever;
//   - the body is not JSON, or not of the expected shape: malformed_response.
// Paging state is cleared on the last page and on any failure. While check-response has a retry
// pending (retry_pending = 'true') nothing happens, so the retry fetches the same page.
import { value } from './lib/value.js';
import { pagedAnswer, nextTokenOf, tokenRepeated, keepToken, turnPage } from './lib/paging.js';
import { campaignList, failUnknownList, pageSizeOf, clearPaging, failList } from './lib/campaign-list.js';
import { failureText } from '../core/causes/failure-text.js';

(function listCampaignsAfterResponse() {
  var list = campaignList();
  if (!list) {
    failUnknownList();
    return;
  }

  // What tells one SD page from another without keeping every id: size and first and last id.
  function pageSignature(campaigns) {
    var idOf = function (campaign) {
      return campaign && campaign.campaignId !== undefined ? String(campaign.campaignId) : '';
    };
    return campaigns.length + ':' + idOf(campaigns[0]) + ':' + idOf(campaigns[campaigns.length - 1]);
  }

  // Asks for the next page unless max_pages pages were fetched already.
  function nextPage(pages, total) {
    turnPage(list.pages, pages, function (max) {
      failList(list, failureText(CAUSE.page_limit, 'the ' + list.label + ' campaign list still announced another page after ' + pages +
        ' pages (max_pages ' + max + ') and ' + total + ' campaigns - paging stopped; the count may be incomplete'));
    });
  }

  var answer = pagedAnswer(function () {
    clearPaging(list);
  });
  if (!answer) {
    return; // a retry fetches the same page, or check-response (or the runner) reports the failure
  }
  if (answer.notJson) {
    failList(list, failureText(CAUSE.malformed_response, 'the ' + list.label + ' campaign list is not JSON - check that api_url is the Amazon Ads API host of your region'));
    return;
  }
  var body = answer.body;
  var campaigns = list.product === 'sd' ? body : body && body.campaigns;
  if (!Array.isArray(campaigns)) {
    failList(list, failureText(CAUSE.malformed_response, 'the ' + list.label + ' campaign list is not ' +
      (list.product === 'sd' ? 'a JSON array' : 'an object with a campaigns array') + ' - check the request\'s Accept media type and api_url'));
    return;
  }

  var before = Number(value(list.count)) || 0;
  var total = before + campaigns.length;
  var pages = (Number(value(list.pages)) || 0) + 1;
  pm.environment.set(list.count, total);
  if (list.product === 'sp' && before === 0 && campaigns.length && campaigns[0] && campaigns[0].campaignId !== undefined) {
    pm.environment.set('campaignId', String(campaigns[0].campaignId));
  }

  pm.test(list.label + ' campaign list', function () {
    pm.expect(campaigns).to.be.an('array');
  });

  if (list.product === 'sd') {
    // The page size and start index as the pre-request script sent them (computed again, not read
    // back from the request: Collection v3 runtimes show the request as it was before that script).
    var count = pageSizeOf(list);
    var start = Number(value(list.start)) || 0;
    var last = count ? campaigns.length < count : campaigns.length === 0;
    if (last) {
      clearPaging(list);
      return;
    }
    var signature = pageSignature(campaigns);
    if (signature === value(list.lastPage)) {
      failList(list, failureText(CAUSE.repeated_page, 'the SD campaign list answered the same page again for startIndex ' +
        start + ', after ' + total + ' campaigns - paging stopped to avoid an endless loop; the count may be incomplete'));
      return;
    }
    pm.variables.set(list.lastPage, signature);
    pm.variables.set(list.start, String(start + campaigns.length));
    nextPage(pages, total);
    return;
  }

  var next = nextTokenOf(body);
  if (!next) {
    clearPaging(list);
    return;
  }
  if (tokenRepeated(list.seen, list.token, next)) {
    failList(list, failureText(CAUSE.repeated_next_token, 'the ' + list.label + ' campaign list answered a nextToken it had already given, after ' +
      total + ' campaigns - paging stopped to avoid an endless loop; the count may be incomplete'));
    return;
  }
  keepToken(list.seen, list.token, next);
  nextPage(pages, total);
})();
