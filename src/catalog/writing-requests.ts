/**
 * Which requests create, update or delete something in an Amazon Ads account, by the API's own
 * conventions (the one home of that rule; `npm run collection` refuses them against a real host
 * without --allow-writes, src/run/selection/write-guard.ts):
 * - by method: PUT, PATCH and DELETE write; GET reads;
 * - the Unified API names its verb: POST `/adsApi/v1/create|update|delete/...` writes,
 *   `/adsApi/v1/query|retrieve/...` reads;
 * - SP, SB, SD and ST: POST `.../delete` deletes, POST `.../list` reads, POST to the resource itself
 *   (`/sp/campaigns`) creates;
 * - any other POST writes, unless it only reads by its name: recommendations, insights, a search, a
 *   preview, budget usage, product metadata, and the asynchronous report, snapshot and export jobs
 *   (they build a file from the account and change nothing in it), and the Login with Amazon token
 *   request.
 * An unknown POST counts as a write: refusing a read costs a flag, sending a write cannot be undone.
 */

/** Last path segments of a POST that only reads. */
const readingLastSegments = new Set(['list', 'search', 'preview', 'usage', 'metadata', 'report', 'reports', 'snapshot', 'export']);

/** The path's segments without its host (`{{api_url}}`, `https://host`), query, fragment and variables (`:id`, `{{id}}`). */
function segmentsOf(url: string): string[] {
  const path = url
    .replace(/^\{\{[^}]+\}\}/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '')
    .replace(/[?#].*$/, '');
  return path.split('/').filter((segment) => segment !== '' && !segment.startsWith(':') && !/^\{\{[^}]*\}\}$/.test(segment));
}

/** Whether a request with this method and URL (as the catalog or a collection writes it) creates, updates or deletes. */
export function isWritingRequest(method: string, url: string): boolean {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD' || verb === 'OPTIONS') return false;
  if (verb !== 'POST') return true;
  if (/^\{\{token_url\}\}/.test(url.trim())) return false;
  const segments = segmentsOf(url.trim());
  if (segments[0] === 'adsApi' && segments[1] === 'v1') return ['create', 'update', 'delete'].includes(segments[2] ?? '');
  if (segments.some((segment) => segment === 'recommendations' || segment === 'insights' || segment.endsWith('Recommendations'))) return false;
  return !readingLastSegments.has(segments[segments.length - 1] ?? '');
}
