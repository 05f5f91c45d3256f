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
 * How the run asks for `pageSize` SP campaigns per page: `--page-size N`, as a user would. The runner puts
 * it into page_size; the list-campaigns script sends it as SP maxResults and caps it at each list call's
 * largest page (SP 1000, SB 100, SD 100), so `--page-size 1000` also serves the SB and SD lists (a run
 * with a failed SB or SD call fails the bench's run, so this is checked on every row-3 run).
 * `largest` is kept in the signature for the caller's wording.
 */
export function pageSizeRequest(pageSize: number, largest: number): PageSizeRequest {
  const how = pageSize === largest ? `--page-size ${pageSize} (the largest SP page)` : `--page-size ${pageSize}`;
  return { args: ['--page-size', String(pageSize)], how };
}

export const pageSizeMechanism =
  'with `--page-size N` for both page sizes, as a user would (the list-campaigns script caps page_size at each list call\'s ' +
  'largest page, SP 1000, SB 100, SD 100, so one --page-size serves all three lists). The number of SP list requests is ' +
  'checked against ceil(campaigns / page size)';
