/**
 * Row 3's page sizes: which is the largest the SP v3 list API allows, and how the bench makes our
 * `collection` command ask for a given page size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spMaxResults } from '../../src/emulator/index.js';

const specPath = '../shared/reference/openapi/SponsoredProducts_prod_3p.json';
const requestSchema = 'SponsoredProductsListSponsoredProductsCampaignsRequestContent';

/**
 * The `maximum` of maxResults in Amazon's SP v3 spec for POST /sp/campaigns/list when it states one;
 * else the emulator's limit (which answers 400 above it), with the reason written down.
 */
export function largestSpPageSize(root: string): { value: number; source: string } {
  try {
    const spec = JSON.parse(readFileSync(path.join(root, specPath), 'utf8')) as {
      components?: { schemas?: Record<string, { properties?: Record<string, { maximum?: number; description?: string }> }> };
    };
    const maxResults = spec.components?.schemas?.[requestSchema]?.properties?.maxResults;
    if (typeof maxResults?.maximum === 'number') {
      return { value: maxResults.maximum, source: `${maxResults.maximum}: the maximum of maxResults in ${specPath} (${requestSchema}).` };
    }
    return {
      value: spMaxResults,
      source:
        `${spMaxResults}: ${specPath} gives maxResults of ${requestSchema} no maximum ` +
        `("${maxResults?.description ?? 'no description'}"), so the bench uses the emulator's limit ` +
        '(spMaxResults in src/emulator/ads/sp-campaigns.ts; larger values answer 400).',
    };
  } catch {
    return {
      value: spMaxResults,
      source: `${spMaxResults}: ${specPath} not readable here, so the bench uses the emulator's limit (spMaxResults in src/emulator/ads/sp-campaigns.ts).`,
    };
  }
}

export interface PageSizeRequest {
  /** Extra arguments for `collection`. */
  args: string[];
  /** In words, for the results file. */
  how: string;
}

/**
 * How the run asks for `pageSize` SP campaigns per page:
 * - the largest page: no --page-size at all. page_size stays empty, the request sends no maxResults and
 *   the API answers its default, which is its largest page ("Defaults to max page size for given API").
 *   An explicit `--page-size 1000` would also go to the SB and SD list calls, whose limit is 100, and
 *   fail them;
 * - any other size: `--page-size N` (the runner puts it into page_size, the scripts into maxResults).
 */
export function pageSizeRequest(pageSize: number, largest: number): PageSizeRequest {
  if (pageSize === largest) return { args: [], how: 'no --page-size: the API default, its largest page' };
  return { args: ['--page-size', String(pageSize)], how: `--page-size ${pageSize}` };
}

export const pageSizeMechanism =
  'with `--page-size 100` for pages of 100, and without --page-size for the largest page (the request then sends no ' +
  "maxResults and the API answers its default, its largest page; an explicit `--page-size 1000` would also reach the SB and " +
  'SD list calls, whose limit is 100, and fail them). The number of SP list requests is checked against ceil(campaigns / page size)';
