/**
 * One page of a campaign list: by position (SD startIndex) or by opaque nextToken (SP, SB), with an
 * optional filter. Only the page's campaigns are built; a filter scans lazily without storing.
 */
import type { CampaignBook } from './campaign-book.js';
import { invalidTokenError } from './errors.js';

export interface Page<T> {
  items: T[];
  /** Position of the first campaign of the next page, when there is one. */
  nextOffset?: number;
  total: number;
}

/** Anything with a size and positional access: a CampaignBook, or several read as one (unified-campaigns.ts). */
export type Positional<T> = Pick<CampaignBook<T>, 'size' | 'at'>;

export function pageOf<T>(book: Positional<T>, offset: number, max: number, matches?: (campaign: T) => boolean): Page<T> {
  const size = book.size;
  if (!matches) {
    const end = Math.min(size, offset + max);
    const items: T[] = [];
    for (let i = offset; i < end; i++) items.push(book.at(i));
    return { items, nextOffset: end < size ? end : undefined, total: size };
  }
  const items: T[] = [];
  let total = 0;
  let nextOffset: number | undefined;
  for (let i = 0; i < size; i++) {
    const campaign = book.at(i);
    if (!matches(campaign)) continue;
    total++;
    if (i < offset) continue;
    if (items.length < max) items.push(campaign);
    else if (nextOffset === undefined) nextOffset = i;
  }
  return { items, nextOffset, total };
}

export function encodeNextToken(product: string, profileId: string | number, offset: number): string {
  return Buffer.from(`${product}:${profileId}:${offset}`).toString('base64url');
}

export function decodeNextToken(token: unknown, product: string, profileId: string | number): number {
  if (typeof token !== 'string' || token === '') throw invalidTokenError('nextToken must be a non-empty string from a previous page');
  const [tokenProduct, tokenProfile, offset] = Buffer.from(token, 'base64url').toString('utf8').split(':');
  if (tokenProduct !== product || tokenProfile !== String(profileId) || !/^\d+$/.test(offset ?? '')) {
    throw invalidTokenError('Invalid nextToken: it was not issued for this list call');
  }
  return Number(offset);
}
