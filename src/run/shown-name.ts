/**
 * A name as the runner prints it (account, profile, folder, request, assertion names): control
 * characters made visible, at most NAME_LIMIT characters, the rest replaced by "…". A name comes from a server or a collection and
 * can be any length (a 100 MB account name was printed whole once); the summary and the CLI lines
 * print every name through here.
 *
 * The cutting rule (never half of a surrogate pair before the "…") and the profile name's length
 * (PROFILE_NAME_CAP, 40) have their one home in the prelude part shown-name
 * (src/scripts/prelude/shown-name.js): select-profile.js cuts the names it queues with the same function.
 */
import { preludeExports } from '../scripts/prelude/node-exports.js';

const part = preludeExports<{ shownName: (name: string, limit: number) => string; PROFILE_NAME_CAP: number }>('shown-name', ['shownName', 'PROFILE_NAME_CAP']);

export const NAME_LIMIT = 80;

/** A profile's account name in the profile queue and the profile table. */
export const PROFILE_NAME_CAP = part.PROFILE_NAME_CAP;

/**
 * Control characters made visible: C0 and DEL as their Unicode control pictures (ESC -> ␛, BEL -> ␇),
 * C1 as U+FFFD. A name from a server (a profile's account name) can then neither retitle the terminal
 * nor draw a line of its own; JSON.stringify around a shown name leaves the pictures as they are.
 */
function visibleControls(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

export function shownName(name: string, limit = NAME_LIMIT): string {
  return part.shownName(visibleControls(name), limit);
}
