// next-profile: pre-request script of the "Next profile" step the runner adds after the last
// per-profile request of a run over several profiles (src/run/profiles/profile-loop.ts; params { first }:
// the id of the first per-profile request). The step itself is never sent.
//
// Takes the next profile from {{profile_queue}} (JSON [[id, country, name], ...], left by
// select-profile), makes it the profile of the requests that follow (profileId,
// profile_country_code, profile_account_name), clears the campaign counts of the profile before,
// and runs the per-profile requests again from params.first. With the queue empty the run goes on
// after this step. A queue that is not such a list ends the loop with malformed_response.
import { value } from './lib/value.js';
import { failTest } from './lib/fail-test.js';
import { failureText } from '../core/causes/failure-text.js';

(function nextProfile() {
  // skipRequest() ends the script: it comes last on every path
  var text = value('profile_queue');
  if (!text) {
    pm.execution.skipRequest();
    return;
  }
  var queue = null;
  try {
    queue = JSON.parse(text);
  } catch (e) {
    queue = null;
  }
  var first = typeof params !== 'undefined' && params && params.first ? String(params.first) : '';
  if (!Array.isArray(queue) || !Array.isArray(queue[0]) || !queue[0][0] || !first) {
    pm.environment.set('profile_queue', '');
    failTest('next profile', failureText(CAUSE.malformed_response, 'profile_queue is not the list select-profile leaves - run Accounts > Profiles again'));
    pm.execution.skipRequest();
    return;
  }
  var next = queue.shift();
  pm.environment.set('profile_queue', queue.length ? JSON.stringify(queue) : '');
  pm.environment.set('profileId', String(next[0]));
  pm.environment.set('profile_country_code', next[1] ? String(next[1]) : '');
  pm.environment.set('profile_account_name', next[2] ? String(next[2]) : '');
  ['sp', 'sb', 'sd'].forEach(function (product) {
    pm.environment.set(product + '_campaign_count', '');
  });
  pm.execution.setNextRequest(first);
  pm.execution.skipRequest();
})();
