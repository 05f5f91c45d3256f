/**
 * A name as the runner prints it (account, profile, folder, request, assertion names): at most
 * NAME_LIMIT characters, the rest replaced by "…". A name comes from a server or a collection and
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

export function shownName(name: string, limit = NAME_LIMIT): string {
  return part.shownName(name, limit);
}
