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
  /** Extra environment for the child. */
  env: NodeJS.ProcessEnv;
  /** Extra emulator options for the run's emulator. */
  emulatorOptions: { pageSize?: number };
}

/** How the page size reaches the run, in words for the results file. */
export const pageSizeMechanism =
  "with the emulator's pageSize option (the page it answers when the request sends no maxResults): " +
  'the collection command has no page-size input yet, and the environment ships page_size empty';

export function pageSizeRequest(pageSize: number): PageSizeRequest {
  return { args: [], env: {}, emulatorOptions: { pageSize } };
}
