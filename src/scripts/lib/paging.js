// Paging helpers every paged request shares (First call's campaign lists, Unified API queries,
// advertiser accounts). The paging state lives in local variables (pm.variables), so a new run
// always starts at page one.
import { value } from './value.js';
import { maxPagesOf } from '../../rules/paging-bounds.js';

// The most pages one list may fetch: {{max_pages}} (a whole number >= 1), default 10000 (the shared
// rule src/rules/paging-bounds.ts).
export function maxPages() {
  return maxPagesOf(value('max_pages'));
}

// Sets each named local variable to '' (clears paging state).
export function clearLocals(names) {
  names.forEach(function (name) {
    pm.variables.set(name, '');
  });
}

// A JSON list kept in a variable; [] when unset or not a list.
export function jsonListOf(name) {
  try {
    var list = JSON.parse(value(name) || '[]');
    return Array.isArray(list) ? list : [];
  } catch (e) {
    return [];
  }
}

// The request's raw JSON body as an object ({} when empty or not an object), to write paging into.
export function requestJson() {
  var raw = pm.request.body && pm.request.body.mode === 'raw' ? pm.request.body.raw || '' : '';
  if (!raw.trim()) {
    return {};
  }
  var parsed;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    // A body with {{variables}} outside strings is not JSON until resolved; paging fields win.
    try {
      parsed = JSON.parse(raw.replace(/\{\{[^}]*\}\}/g, 'null'));
    } catch (e2) {
      parsed = {};
    }
  }
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
}

// Writes `body` back as the request's JSON body, its nextToken set to `token` (none when '').
export function sendPageRequest(body, token) {
  if (token) {
    body.nextToken = token;
  } else {
    delete body.nextToken;
  }
  var options = pm.request.body && pm.request.body.options ? pm.request.body.options : { raw: { language: 'json' } };
  pm.request.body.update({ mode: 'raw', raw: JSON.stringify(body, null, 2), options: options });
}

// pagedAnswer(clear): the JSON answer of a page as { body }, { notJson: true } when it is not JSON,
// or null when there is nothing to do: while check-response has a retry pending (the same page
// comes again), and after a non-2xx answer (check-response, or the runner when nothing answered,
// reports it; clear() drops the paging state). parse(text), when given, reads the body instead of
// JSON.parse (parseKeepingProfileIds for answers that carry profile ids).
export function pagedAnswer(clear, parse) {
  if (value('retry_pending') === 'true') {
    return null;
  }
  var code = pm.response && pm.response.code;
  if (!(code >= 200 && code < 300)) {
    clear();
    return null;
  }
  try {
    return { body: parse ? parse(pm.response.text()) : pm.response.json() };
  } catch (e) {
    return { notJson: true };
  }
}

// The answer's nextToken as text; '' on the last page.
export function nextTokenOf(body) {
  var next = body && body.nextToken;
  return next === undefined || next === null ? '' : String(next);
}

// True when `next` was given before in this list (kept in the JSON list `seenName`, or the token
// in `tokenName` the page was fetched with).
export function tokenRepeated(seenName, tokenName, next) {
  return jsonListOf(seenName).indexOf(next) !== -1 || next === value(tokenName);
}

// Keeps `next` as the token of the page to fetch, and in the list of tokens seen.
export function keepToken(seenName, tokenName, next) {
  var seen = jsonListOf(seenName);
  seen.push(next);
  pm.variables.set(seenName, JSON.stringify(seen));
  pm.variables.set(tokenName, next);
}

// turnPage(pagesName, pages, onLimit): runs this request again for the next page after `pages`
// pages (counted in `pagesName`) - unless max_pages pages were fetched: then onLimit(max) reports
// it and the result is false.
export function turnPage(pagesName, pages, onLimit) {
  var max = maxPages();
  if (pages >= max) {
    onLimit(max);
    return false;
  }
  pm.variables.set(pagesName, String(pages));
  pm.execution.setNextRequest(pm.info.requestId || pm.info.requestName);
  return true;
}
