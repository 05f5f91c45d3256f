/**
 * Shown names, a rule both sides apply: control characters made visible, then a name cut to at most `limit` characters, the rest replaced by
 * '…', never leaving half of a surrogate pair before it. A name comes from a server or a collection and
 * can be any length (a 100 MB account name was printed whole once): the runner prints every name
 * (account, profile, folder, request, assertion names) through `shownName`, at most NAME_LIMIT
 * characters. PROFILE_NAME_CAP: the length of a profile's account name in the profile queue
 * (select-profile.js, which the build bundles this module into) and the profile table (the runner).
 */
export const NAME_LIMIT = 80;

export const PROFILE_NAME_CAP = 40;

/**
 * Control characters made visible: C0 and DEL as their Unicode control pictures (ESC -> ␛, BEL -> ␇),
 * C1 as U+FFFD. A name from a server (a profile's account name) can then neither retitle the terminal
 * nor draw a line of its own; JSON.stringify around a shown name leaves the pictures as they are.
 */
function visibleControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

export function shownName(name: string, limit: number = NAME_LIMIT): string {
  const visible = visibleControls(name);
  if (visible.length <= limit) {
    return visible;
  }
  let kept = visible.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(kept)) {
    kept = kept.slice(0, -1);
  }
  return kept + '\u2026';
}
