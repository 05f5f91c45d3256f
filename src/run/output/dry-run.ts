/**
 * `--dry-run`: what the run would send, one line per request in run order - its name, method and URL
 * (variables the environment holds filled in, masked as every printed URL is) - and nothing sent.
 * A request that creates, updates or deletes is marked; one that repeats (a list's pages, the
 * per-profile requests over several profiles) is listed once.
 */
import { shownName } from '../../rules/shown-name.js';
import type { PlannedRequest } from '../selection/planned-requests.js';

/** The name column is padded up to this width. */
const NAME_COLUMN_AT_MOST = 60;

export function formatDryRun(planned: readonly PlannedRequest[], redact: (text: string) => string): string {
  const rows = planned.map((request) => ({
    name: request.name.split(' / ').map((part) => shownName(part)).join(' / '),
    method: request.method,
    url: redact(request.url),
    mark: request.writes ? '  (creates, updates or deletes)' : '',
  }));
  // aligned, up to a width: a long name pushes its own line only
  const nameWidth = Math.min(NAME_COLUMN_AT_MOST, Math.max(0, ...rows.map((row) => row.name.length)));
  const methodWidth = Math.max(0, ...rows.map((row) => row.method.length));
  const count = planned.length === 1 ? '1 request' : `${planned.length} requests`;
  return [
    `Dry run: nothing was sent. The run would send ${count}, in this order (a list request once per page):`,
    ...rows.map((row) => `  ${row.name.padEnd(nameWidth)}  ${row.method.padEnd(methodWidth)}  ${row.url}${row.mark}`),
  ].join('\n') + '\n';
}
