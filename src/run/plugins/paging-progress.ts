/**
 * Plug-in: one line per campaign page while a list pages, `SP page 12 · 12 000 campaigns`, so a long
 * run shows how far it got. It reads what the list scripts keep (campaign-list prelude): the running
 * count in the environment (<sp|sb|sd>_campaign_count) and the pages turned in the local variables
 * (<sp|sb|sd>_page_count). A page is counted when either moved after a test script; a retried
 * response (429, 5xx) moves neither, so it prints nothing here. One line per page, or one updating
 * line on a terminal (progress-line.ts).
 */
import type { VariableScope } from 'postman-collection';
import type { RunEvents } from '../newman/newman-events.js';
import type { RunPlugin } from './plugin.js';

const PRODUCTS = ['sp', 'sb', 'sd'] as const;

/** 12000 -> "12 000". */
export function groupedNumber(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** `line` prints one progress line; `product` ('SP', 'SB', 'SD') lets a terminal update it in place. */
function pagingProgress(events: RunEvents, line: (text: string, product: string) => void): void {
  const seen = new Map<string, { count: string; pages: string; page: number }>();
  let latest: { environment?: VariableScope; locals?: VariableScope } = {};
  let profileId = '';
  // an item runs several test scripts (the collection's, then its own): judge the page once the item is done
  events.on('script', (_error, o) => {
    if (o?.event?.listen === 'test') latest = { environment: o.execution?.environment, locals: o.execution?._variables };
  });
  events.on('item', () => {
    const { environment, locals } = latest;
    latest = {};
    // another profile (a run over several): every list starts again at page 1
    const profile = String(environment?.get('profileId') ?? '');
    if (environment && profile !== profileId) {
      seen.clear();
      profileId = profile;
    }
    for (const product of PRODUCTS) {
      const count = String(environment?.get(`${product}_campaign_count`) ?? '');
      const pages = String(locals?.get(`${product}_page_count`) ?? '');
      const before = seen.get(product) ?? { count: '', pages: '', page: 0 };
      if (count === '' || (count === before.count && pages === before.pages)) continue;
      // a list started again (another profile, a second run of the request): its pages count from 1
      const page = Number(count) < Number(before.count || 0) ? 1 : before.page + 1;
      seen.set(product, { count, pages, page });
      line(`${product.toUpperCase()} page ${page} · ${groupedNumber(Number(count))} campaigns`, product.toUpperCase());
    }
  });
}

export const pagingProgressPlugin: RunPlugin = {
  name: 'paging progress',
  prepare: (options) =>
    options.reporters.includes('cli') && !options.silent
      ? { attach: ({ events, state, output }) => pagingProgress(events, (text, product) => output.live.progress(product, `  ${state.redactor.redact(text)}`)) }
      : undefined,
};
