import { describe, expect, it } from 'vitest';
import { closeMatches, editDistance } from '../../src/core/close-matches.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closeMatches', () => {
  const candidates = ['Reporting', 'Amazon Marketing Cloud/Reporting', 'Sponsored Products/Campaigns', 'Stores/Get stores'];

  it('prefers the candidates containing the asked text, any case', () => {
    expect(closeMatches('campaigns', candidates)).toEqual(['Sponsored Products/Campaigns']);
  });

  it('else the ones within a small edit distance, nearest first', () => {
    expect(closeMatches('Reportng', candidates)).toEqual(['Reporting', 'Amazon Marketing Cloud/Reporting']);
    expect(closeMatches('Sponsored Prodcts/Campaigns', candidates)).toEqual(['Sponsored Products/Campaigns']);
  });

  it('nothing when nothing is close, and at most the limit', () => {
    expect(closeMatches('zzzzzz', candidates)).toEqual([]);
    expect(closeMatches('s', candidates, 2)).toHaveLength(2);
  });
});
