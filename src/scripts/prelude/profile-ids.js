// parseKeepingProfileIds(text): JSON text parsed with every "profileId" number kept as its digits (a
// string): JSON.parse alone turns 9007199254740993 into 9007199254740992. Throws on text that is not JSON.
// The one home of this rule: `npm run auth` (src/auth/list-profiles.ts) calls this same function.
function parseKeepingProfileIds(text) {
  var quoted = String(text || '').replace(/("profileId"\s*:\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=\s*[,}\]])/g, '$1"$2"');
  return JSON.parse(quoted);
}
