// select-account: pre-request and test script of Unified API > Query advertiser accounts.
//
// Chooses the advertiser account later Unified API requests send as Amazon-Ads-AccountId, the way
// select-profile chooses a profile, through each account's alternateIds ({countryCode, entityId,
// profileId} per marketplace):
//   1. when profileId is set: the account whose alternateIds contain it - none fails with
//      account_not_accessible;
//   2. else when profile_country is set: the first account with an alternate id in that country
//      (any case) - none fails with no_account_in_country;
//   3. else the first account listed.
// Stores in the environment: accountId, account_name (displayName), account_country_code, and
// profileId (the chosen alternate id's profile, so Amazon-Advertising-API-Scope matches the account),
// and account_choice ('profileId' | 'country' | 'first').
//
// Paging: while nothing matched and the answer has a nextToken, the same request runs again for the
// next page (pm.execution.setNextRequest; the pre-request writes the token into the body), at most {{max_pages}} pages (default 10000; reaching it
// fails with page_limit). The first account seen is kept for rule 3 in a local variable. An empty
// list fails with no_accounts; a body without an advertiserAccounts list with malformed_response.
// Skips while check-response has a retry pending or after a failed status.
(function selectAccount() {
  var DEFAULT_MAX_PAGES = 10000;

  function value(name) {
    var v = pm.variables.get(name);
    return v === undefined || v === null ? '' : String(v).trim();
  }

  function clearPaging() {
    pm.variables.set('account_next_token', '');
    pm.variables.set('account_pages', '');
    pm.variables.set('account_first', '');
  }

  function fail(message) {
    clearPaging();
    pm.test('an advertiser account is chosen', function () {
      pm.expect.fail(message);
    });
  }

  function maxPages() {
    var n = Number(value('max_pages'));
    return value('max_pages') !== '' && isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_MAX_PAGES;
  }

  function alternates(account) {
    return account && Array.isArray(account.alternateIds) ? account.alternateIds : [];
  }

  function choose(account, alternate, choice) {
    clearPaging();
    var id = account && account.advertiserAccountId;
    if (id === undefined || id === null || id === '') {
      fail('malformed_response: the chosen advertiser account has no advertiserAccountId - check that api_url is the Amazon Ads API host of your region');
      return;
    }
    var alt = alternate || alternates(account)[0] || {};
    pm.environment.set('accountId', String(id));
    pm.environment.set('account_name', account.displayName ? String(account.displayName) : '');
    pm.environment.set('account_country_code', alt.countryCode ? String(alt.countryCode) : '');
    if (alt.profileId !== undefined && alt.profileId !== null && alt.profileId !== '') {
      pm.environment.set('profileId', String(alt.profileId));
    }
    pm.environment.set('account_choice', choice);
    pm.test('an advertiser account is chosen', function () {
      pm.expect(String(id)).to.not.equal('');
    });
  }

  // Pre-request: the page to read - nextToken from the previous page, none on page one.
  function beforeRequest() {
    var token = value('account_next_token');
    if (!token) {
      pm.variables.set('account_pages', '');
      pm.variables.set('account_first', '');
    }
    var raw = pm.request.body && pm.request.body.mode === 'raw' ? pm.request.body.raw || '' : '';
    var request;
    try {
      request = JSON.parse(raw || '{}');
    } catch (e) {
      request = {};
    }
    if (!request || typeof request !== 'object' || Array.isArray(request)) {
      request = {};
    }
    if (token) {
      request.nextToken = token;
    } else {
      delete request.nextToken;
    }
    pm.request.body.update({ mode: 'raw', raw: JSON.stringify(request, null, 2), options: { raw: { language: 'json' } } });
  }

  function afterResponse() {
    if (value('retry_pending') === 'true') {
      return; // the same page is fetched again
    }
    var code = pm.response && pm.response.code;
    if (!(code >= 200 && code < 300)) {
      clearPaging();
      return; // no answer (Newman reports it) or a failed status (check-response reports it)
    }

    var body;
    try {
      body = pm.response.json();
    } catch (e) {
      body = undefined;
    }
    var accounts = body && body.advertiserAccounts;
    if (!Array.isArray(accounts)) {
      fail('malformed_response: the advertiser accounts answer has no advertiserAccounts list - check that api_url is the Amazon Ads API host of your region');
      return;
    }

    var wantedProfile = value('profileId');
    var wantedCountry = value('profile_country').toUpperCase();
    var pages = (Number(value('account_pages')) || 0) + 1;
    var first = null;
    try {
      first = JSON.parse(value('account_first') || 'null');
    } catch (e) {
      first = null;
    }
    if (!first && accounts.length) {
      first = accounts[0];
    }

    for (var i = 0; i < accounts.length; i++) {
      var list = alternates(accounts[i]);
      for (var j = 0; j < list.length; j++) {
        var alt = list[j] || {};
        if (wantedProfile && String(alt.profileId) === wantedProfile) {
          choose(accounts[i], alt, 'profileId');
          return;
        }
        if (!wantedProfile && wantedCountry && String(alt.countryCode || '').toUpperCase() === wantedCountry) {
          choose(accounts[i], alt, 'country');
          return;
        }
      }
    }
    if (!wantedProfile && !wantedCountry && first) {
      choose(first, null, 'first');
      return;
    }

    var next = body.nextToken;
    if (next !== undefined && next !== null && String(next) !== '') {
      if (pages >= maxPages()) {
        fail('page_limit: read ' + pages + ' pages of advertiser accounts (max_pages) without finding the one asked for - raise max_pages or set accountId yourself');
        return;
      }
      pm.variables.set('account_pages', String(pages));
      pm.variables.set('account_first', first ? JSON.stringify(first) : '');
      pm.variables.set('account_next_token', String(next));
      pm.execution.setNextRequest(pm.info.requestId || pm.info.requestName);
      return;
    }

    if (!first) {
      fail('no_accounts: this login has no advertiser accounts in this region - try the other regions (na, eu, fe), or create an advertiser account');
    } else if (wantedProfile) {
      fail('account_not_accessible: no advertiser account of this login lists profile ' + wantedProfile + ' - check profileId, or clear it to choose by country or the first account');
    } else {
      fail('no_account_in_country: no advertiser account of this login has a marketplace in ' + wantedCountry + ' - check profile_country, or clear it to take the first account');
    }
  }

  if (pm.info.eventName === 'prerequest') {
    beforeRequest();
  } else {
    afterResponse();
  }
})();
