/**
 * Shown names, a rule both sides apply: a name cut to at most `limit` characters, the rest replaced by
 * '…', never leaving half of a surrogate pair before it. A name comes from a server or a collection and
 * can be any length (a 100 MB account name was printed whole once): the runner prints every name
 * (account, profile, folder, request, assertion names) through `shownName`, at most NAME_LIMIT
 * characters. PROFILE_NAME_CAP: the length of a profile's account name in the profile queue
 * (select-profile.js, which the build bundles this module into) and the profile table (the runner).
 */
export const NAME_LIMIT = 80;

export const PROFILE_NAME_CAP = 40;

export function shownName(name: string, limit: number = NAME_LIMIT): string {
  if (name.length <= limit) {
    return name;
  }
  let kept = name.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(kept)) {
    kept = kept.slice(0, -1);
  }
  return kept + '\u2026';
}
