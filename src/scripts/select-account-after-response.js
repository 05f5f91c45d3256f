// select-account, test half: runs after each page of Unified API > Query advertiser accounts;
// select-account-before-request.js writes the page to read into the request.
//
// Chooses the advertiser account later Unified API requests send as Amazon-Ads-AccountId, the way
// select-profile chooses a profile, through each account's alternateIds ({countryCode, entityId,
// profileId} per marketplace):
//   1. when profileId is set: the account whose alternateIds contain it - none fails with
//      account_not_accessible;
//   2. else when profile_country is set: the first account with an alternate id in that country
//      (any case; UK and GB are one country, lib/country.js) - none fails with no_account_in_country;
//   3. else the first account listed.
// Stores in the environment: accountId, account_name (displayName), account_country_code, and
// profileId (the chosen alternate id's profile, so Amazon-Advertising-API-Scope matches the account),
// and account_choice ('profileId' | 'country' | 'first').
//
// Paging: while nothing matched and the answer has a nextToken, the same request runs again for the
// next page (pm.execution.setNextRequest), at most {{max_pages}} pages (default 10000; reaching it
// fails with page_limit). The first account seen is kept for rule 3 in a local variable. An empty
// list fails with no_accounts; a body without an advertiserAccounts list with malformed_response.
// Skips while check-response has a retry pending or after a failed status.
import { value } from './lib/value.js';
import { countryKey } from './lib/country.js';
import { pagedAnswer, nextTokenOf, turnPage } from './lib/paging.js';
import { ACCOUNT_PAGING, clearAccountPaging } from './lib/account-paging.js';
import { failTest } from './lib/fail-test.js';
import { parseKeepingProfileIds } from '../rules/profile-ids.js';
import { failureText } from '../core/causes/failure-text.js';

(function selectAccountAfterResponse() {
  var TEST_NAME = 'an advertiser account is chosen';

  function fail(message) {
    clearAccountPaging();
    failTest(TEST_NAME, message);
  }

  function alternates(account) {
    return account && Array.isArray(account.alternateIds) ? account.alternateIds : [];
  }

  function choose(account, alternate, choice) {
    clearAccountPaging();
    var id = account && account.advertiserAccountId;
    if (id === undefined || id === null || id === '') {
      fail(failureText(CAUSE.malformed_response, 'the chosen advertiser account has no advertiserAccountId - check that api_url is the Amazon Ads API host of your region'));
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
    pm.test(TEST_NAME, function () {
      pm.expect(String(id)).to.not.equal('');
    });
  }

  var answer = pagedAnswer(clearAccountPaging, parseKeepingProfileIds); // alternateIds' profile ids may exceed 2^53
  if (!answer) {
    return; // a retry reads the same page, or check-response (or Newman) reports the failure
  }
  var body = answer.body;
  var accounts = body && body.advertiserAccounts;
  if (!Array.isArray(accounts)) {
    fail(failureText(CAUSE.malformed_response, 'the advertiser accounts answer has no advertiserAccounts list - check that api_url is the Amazon Ads API host of your region'));
    return;
  }

  var wantedProfile = value('profileId');
  var wantedCountry = countryKey(value('profile_country'));
  var pages = (Number(value(ACCOUNT_PAGING.pages)) || 0) + 1;
  var first = null;
  try {
    first = JSON.parse(value(ACCOUNT_PAGING.first) || 'null');
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
      if (!wantedProfile && wantedCountry && countryKey(alt.countryCode) === wantedCountry) {
        choose(accounts[i], alt, 'country');
        return;
      }
    }
  }
  if (!wantedProfile && !wantedCountry && first) {
    choose(first, null, 'first');
    return;
  }

  var next = nextTokenOf(body);
  if (next) {
    var turned = turnPage(ACCOUNT_PAGING.pages, pages, function () {
      fail(failureText(CAUSE.page_limit, 'read ' + pages + ' pages of advertiser accounts (max_pages) without finding the one asked for - raise max_pages or set accountId yourself'));
    });
    if (turned) {
      pm.variables.set(ACCOUNT_PAGING.first, first ? JSON.stringify(first) : '');
      pm.variables.set(ACCOUNT_PAGING.token, next);
    }
    return;
  }

  if (!first) {
    fail(failureText(CAUSE.no_accounts, 'this login has no advertiser accounts in this region - try the other regions (na, eu, fe), or create an advertiser account'));
  } else if (wantedProfile) {
    fail(failureText(CAUSE.account_not_accessible, 'no advertiser account of this login lists profile ' + wantedProfile + ' - check profileId, or clear it to choose by country or the first account'));
  } else {
    fail(failureText(CAUSE.no_account_in_country, 'no advertiser account of this login has a marketplace in ' + wantedCountry + ' - check profile_country, or clear it to take the first account'));
  }
})();
