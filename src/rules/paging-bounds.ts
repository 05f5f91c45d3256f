/**
 * Paging bounds, a rule both sides apply: the most pages one list may fetch before it stops with
 * page_limit. The collection reads it from {{max_pages}} (src/scripts/lib/paging.js, bundled by the
 * build; the environment's default is this number, src/catalog/variables.ts), the runner from
 * --max-pages / AMAZON_ADS_MAX_PAGES (src/config/options.ts), both with the same default.
 */
export const DEFAULT_MAX_PAGES = 10000;

/** The page limit a max_pages text asks for: a number >= 1, cut to a whole number; else the default. */
export function maxPagesOf(text: string): number {
  const max = Number(text);
  return text !== '' && isFinite(max) && max >= 1 ? Math.floor(max) : DEFAULT_MAX_PAGES;
}
