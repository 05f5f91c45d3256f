/**
 * Profile ids kept as digits, a rule both sides apply: JSON text parsed with every "profileId" number
 * kept as its digits (a string), since JSON.parse alone turns 9007199254740993 into 9007199254740992.
 * Throws on text that is not JSON. Used by the select-profile / select-account scripts (bundled by the
 * build) and by `npm run auth` (src/auth/list-profiles.ts).
 */
export function parseKeepingProfileIds(text: string): unknown {
  const quoted = String(text || '').replace(/("profileId"\s*:\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=\s*[,}\]])/g, '$1"$2"');
  return JSON.parse(quoted);
}
