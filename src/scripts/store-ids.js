// store-ids: test script that keeps ids from a response for the requests that follow.
// Parameters (generated `const params = {...};` line): one mapping, or several under `ids`:
//   { variable: 'adGroupId', from: 'adGroups.success[0].adGroupId' }
//   { ids: [{ variable: 'advertiser_id', from: 'amcAccounts[0].accountId' }, { variable: ..., from: ... }] }
// `from` is a path into the JSON body: dotted keys and [index] steps; a path starting with [0]
// reads a body that is a JSON array (e.g. Sponsored Display lists).
//
// For each mapping, a found value (string or number) is stored in the environment under `variable`.
// When the response has no such value (an empty list, a partial 207 with only errors, another
// shape), the variable is unset, so a later request does not act on a stale id from an earlier run,
// and the test still passes: an empty result is not an error. Nothing happens on a non-2xx
// response, on a body that is not JSON, or while check-response has a retry pending
// (retry_pending = 'true'). Ids are not secrets, but nothing is printed either.
import { value } from './lib/value.js';

(function storeIds() {
  if (typeof params === 'undefined' || !params) {
    return;
  }
  if (value('retry_pending') === 'true') {
    return;
  }
  var code = pm.response.code;
  if (code < 200 || code > 299) {
    return;
  }
  var body;
  try {
    body = pm.response.json();
  } catch (e) {
    return;
  }
  var mappings = Object.prototype.toString.call(params.ids) === '[object Array]' ? params.ids : [params];

  // 'a.b[0].c' -> ['a', 'b', 0, 'c']
  function steps(path) {
    var out = [];
    var re = /([^.[\]]+)|\[(\d+)\]/g;
    var m;
    while ((m = re.exec(String(path))) !== null) {
      out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
    }
    return out;
  }

  function lookup(node, path) {
    var list = steps(path);
    for (var i = 0; i < list.length; i++) {
      if (node === null || typeof node !== 'object') {
        return undefined;
      }
      node = node[list[i]];
    }
    return node;
  }

  mappings.forEach(function (mapping) {
    if (!mapping || !mapping.variable || !mapping.from) {
      return;
    }
    var found = lookup(body, mapping.from);
    if (typeof found === 'string' && found !== '') {
      pm.environment.set(mapping.variable, found);
    } else if (typeof found === 'number' && isFinite(found)) {
      pm.environment.set(mapping.variable, String(found));
    } else {
      pm.environment.unset(mapping.variable);
    }
  });
})();
