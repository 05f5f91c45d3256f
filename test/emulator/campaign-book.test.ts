import { describe, expect, it } from 'vitest';
import { CampaignBook } from '../../src/emulator/ads/campaign-book.js';
import { decodeNextToken, encodeNextToken, pageOf } from '../../src/emulator/ads/paging.js';
import { BadRequest } from '../../src/emulator/ads/errors.js';

function book(generated: number, calls: number[] = []) {
  return new CampaignBook({
    generated,
    key: 'test',
    generate: (index, campaignId) => {
      calls.push(index);
      return { index, campaignId, even: index % 2 === 0 };
    },
  });
}

describe('CampaignBook', () => {
  it('maps ids to positions and back, for generated and created campaigns', () => {
    const b = book(1000);
    for (const index of [0, 1, 999]) expect(b.indexOf(b.idAt(index))).toBe(index);
    const created = b.add((campaignId) => ({ index: -1, campaignId, even: false }));
    expect(b.size).toBe(1001);
    expect(b.indexOf(created.campaignId)).toBe(1000);
    expect(b.at(1000)).toBe(created);
    expect(b.indexOf(b.idAt(1001))).toBe(-1);
    expect(b.indexOf('12')).toBe(-1);
    expect(b.indexOf('not-an-id')).toBe(-1);
    expect(new Set([0, 1, 2, 1000].map((i) => b.idAt(i))).size).toBe(4);
  });

  it('builds only what is asked for, and keeps replacements', () => {
    const calls: number[] = [];
    const b = book(100_000, calls);
    expect(b.at(70_000).index).toBe(70_000);
    expect(calls).toEqual([70_000]);
    b.replace(5, { index: 5, campaignId: b.idAt(5), even: false });
    expect(b.at(5).even).toBe(false);
    expect(calls).toEqual([70_000]);
  });

  it('ids of different keys differ', () => {
    const other = new CampaignBook({ generated: 10, key: 'other', generate: (index, campaignId) => ({ index, campaignId }) });
    expect(other.idAt(0)).not.toBe(book(10).idAt(0));
    expect(book(10).indexOf(other.idAt(0))).toBe(-1);
  });
});

describe('pageOf', () => {
  it('pages by position without a filter: only the page is built', () => {
    const calls: number[] = [];
    const page = pageOf(book(25, calls), 20, 10);
    expect(page.items.map((c) => c.index)).toEqual([20, 21, 22, 23, 24]);
    expect(page.nextOffset).toBeUndefined();
    expect(page.total).toBe(25);
    expect(calls).toEqual([20, 21, 22, 23, 24]);
    expect(pageOf(book(25), 0, 10).nextOffset).toBe(10);
  });

  it('pages among matches with a filter, pointing the next page at the next match', () => {
    const b = book(10);
    const first = pageOf(b, 0, 2, (c) => c.even);
    expect(first.items.map((c) => c.index)).toEqual([0, 2]);
    expect(first.nextOffset).toBe(4);
    expect(first.total).toBe(5);
    const last = pageOf(b, 8, 2, (c) => c.even);
    expect(last.items.map((c) => c.index)).toEqual([8]);
    expect(last.nextOffset).toBeUndefined();
  });
});

describe('nextToken', () => {
  it('round-trips and refuses tokens of another product or profile', () => {
    const token = encodeNextToken('sp', 42, 300);
    expect(decodeNextToken(token, 'sp', 42)).toBe(300);
    expect(() => decodeNextToken(token, 'sb', 42)).toThrow(BadRequest);
    expect(() => decodeNextToken(token, 'sp', 43)).toThrow(BadRequest);
    expect(() => decodeNextToken('', 'sp', 42)).toThrow(BadRequest);
    expect(() => decodeNextToken(7, 'sp', 42)).toThrow(BadRequest);
  });
});
