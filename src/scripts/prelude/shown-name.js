// shownName(name, limit): a name cut to at most `limit` characters, the rest replaced by '…', never
// leaving half of a surrogate pair before it. PROFILE_NAME_CAP: the length of a profile's account name
// in the profile queue and the profile table. The one home of both: the runner prints every name
// through this same function (src/run/shown-name.ts).
var PROFILE_NAME_CAP = 40;

function shownName(name, limit) {
  if (name.length <= limit) {
    return name;
  }
  var kept = name.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(kept)) {
    kept = kept.slice(0, -1);
  }
  return kept + '\u2026';
}
