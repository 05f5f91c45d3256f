// select-account, pre-request half: runs before each page of Unified API > Query advertiser accounts;
// select-account-after-response.js is the other half and says how the account is chosen.
//
// Writes the page to read into the JSON body: nextToken from the previous page, none on page one
// (where the pages read and the first account seen start over).
import { value } from './lib/value.js';
import { clearLocals, requestJson, sendPageRequest } from './lib/paging.js';
import { ACCOUNT_PAGING } from './lib/account-paging.js';

(function selectAccountBeforeRequest() {
  var token = value(ACCOUNT_PAGING.token);
  if (!token) {
    clearLocals([ACCOUNT_PAGING.pages, ACCOUNT_PAGING.first]);
  }
  sendPageRequest(requestJson(), token);
})();
