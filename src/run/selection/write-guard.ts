/**
 * No write to a real account by accident: a selection that holds requests which create, update or
 * delete (src/catalog/writing-requests.ts) and would send them to a host that is not this machine is
 * a usage error before any request, naming them, unless --allow-writes is given. The emulator and
 * localhost need no flag; `--dry-run` shows what would be sent. (In Postman nothing changes: the user
 * clicks Send.)
 */
import { UsageError } from '../../errors.js';
import { shownName } from '../../rules/shown-name.js';
import type { PlannedRequest } from './planned-requests.js';

/** At most this many requests are named in the error line. */
const NAMED_AT_MOST = 20;

/** Where a request goes, as the error line names it: the host, or the URL's unfilled start (`{{uploadUrl}}`). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return /^\{\{[^}]+\}\}/.exec(url)?.[0] ?? url.split('/')[0];
  }
}

export function checkWrites(planned: readonly PlannedRequest[], allowWrites: boolean): void {
  if (allowWrites) return;
  const refused = planned.filter((request) => request.writes && !request.loopback);
  if (refused.length === 0) return;
  const hosts = [...new Set(refused.map((request) => hostOf(request.url)))];
  const named = refused.slice(0, NAMED_AT_MOST).map((request) => `${request.name.split(' / ').map((part) => shownName(part)).join(' / ')} (${request.method})`);
  const more = refused.length > NAMED_AT_MOST ? `, and ${refused.length - NAMED_AT_MOST} more` : '';
  const count = refused.length === 1 ? '1 request that creates, updates or deletes' : `${refused.length} requests that create, update or delete`;
  throw new UsageError(
    `the selection holds ${count} in the account at ${hosts.join(', ')}, which is not this machine: ${named.join(', ')}${more} - add --allow-writes to send ${refused.length === 1 ? 'it' : 'them'}, or --dry-run to see what the run would send (the emulator needs no flag)`,
  );
}
