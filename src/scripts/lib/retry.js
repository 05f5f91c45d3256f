// What every retrying script shares (check-response for Ads calls, refresh-token and store-token for
// the token endpoint), on top of the shared rule src/rules/retry-timing.ts (budgets, the 5xx list, the
// wait cap, Retry-After):
//   retryKindOf(code) 'throttled' | 'server_error' | 'unauthorized' | ''
//   retryWaitMs(response, attempt)  Retry-After (seconds or an HTTP date) else 1, 2, 4, 8, 16 s, capped
//                                   by {{retry_after_cap_seconds}} (default 30)
//   readRetryState() / saveRetryState(state) / resetRetryState()  the retries spent on the current
//     request, kept in local variables (pm.variables) a run starts without:
//       retry_state  JSON {request, throttled, server_error, unauthorized}
//       retry_count  their sum
//   retryThisRequest()  pm.execution.setNextRequest(<this request's id>): the id rather than the name, so
//     a request name used in two folders cannot send the run elsewhere
//   announceRetryWait(code, name, waitMs, attempt, kind)  console.info `retry-wait: 429 from <name>:
//     waiting 2 s (retry 1/5)` before the wait starts, so a long Retry-After is not silence: the runner
//     prints it (without its 'retry-wait:' mark) as progress, the Postman console shows it as it is
import { value } from './value.js';
import { RETRY_BUDGET, RETRY_SERVER_ERRORS, RETRY_WAIT_CAP_SECONDS, retryAfterSeconds } from '../../rules/retry-timing.js';

export function retryKindOf(code) {
  if (code === 429) {
    return 'throttled';
  }
  if (RETRY_SERVER_ERRORS.indexOf(code) !== -1) {
    return 'server_error';
  }
  if (code === 401) {
    return 'unauthorized';
  }
  return '';
}

export function retryCapSeconds() {
  var cap = Number(value('retry_after_cap_seconds'));
  return value('retry_after_cap_seconds') !== '' && isFinite(cap) && cap >= 0 ? cap : RETRY_WAIT_CAP_SECONDS;
}

export function retryWaitMs(response, attempt) {
  var seconds = retryAfterSeconds(response && response.headers ? response.headers.get('Retry-After') : undefined);
  if (isNaN(seconds)) {
    seconds = Math.pow(2, attempt - 1); // 1, 2, 4, 8, 16 s
  }
  return Math.round(Math.min(seconds, retryCapSeconds()) * 1000);
}

export function retryRequestKey() {
  return pm.info.requestId || pm.info.requestName;
}

export function readRetryState() {
  var state = null;
  try {
    state = JSON.parse(value('retry_state') || 'null');
  } catch (e) {
    state = null;
  }
  if (!state || state.request !== retryRequestKey()) {
    state = { request: retryRequestKey(), throttled: 0, server_error: 0, unauthorized: 0 };
  }
  return state;
}

export function saveRetryState(state) {
  pm.variables.set('retry_state', JSON.stringify(state));
  pm.variables.set('retry_count', state.throttled + state.server_error + state.unauthorized);
}

export function resetRetryState() {
  pm.variables.set('retry_state', '');
  pm.variables.set('retry_count', 0);
}

export function retryThisRequest() {
  pm.execution.setNextRequest(retryRequestKey());
}

export function announceRetryWait(code, name, waitMs, attempt, kind) {
  var seconds = String(Math.round(waitMs / 100) / 10); // 2000 -> '2', 1500 -> '1.5'
  console.info('retry-wait: ' + code + ' from ' + name + ': waiting ' + seconds + ' s (retry ' + attempt + '/' + RETRY_BUDGET[kind] + ')');
}
