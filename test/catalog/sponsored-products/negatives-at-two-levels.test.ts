/**
 * Sponsored Products negatives at two levels (src/catalog/sponsored-products/negatives-at-two-levels.ts): both
 * levels get the same requests, and each sends what its level's create schema defines.
 */
import { describe, expect, it } from 'vitest';
import { campaignNegativeKeywords } from '../../../src/catalog/sponsored-products/campaign-negative-keywords.js';
import { negativeKeywords } from '../../../src/catalog/sponsored-products/negative-keywords.js';
import { campaignNegativeTargets } from '../../../src/catalog/sponsored-products/campaign-negative-targets.js';
import { negativeTargets } from '../../../src/catalog/sponsored-products/negative-targets.js';
import type { FolderSpec, RequestSpec } from '../../../src/catalog/types.js';

const requests = (folder: FolderSpec) => folder.items as RequestSpec[];
const createdEntity = (folder: FolderSpec) => {
  const body = requests(folder)[0].body;
  const example = body?.mode === 'raw' ? (body.example as Record<string, Array<Record<string, unknown>>>) : {};
  return Object.values(example)[0][0];
};

describe('negatives at two levels', () => {
  it('gives both levels of a negative the same operations, named after the folder', () => {
    expect(requests(campaignNegativeKeywords).map((r) => r.name)).toEqual(['Create campaign negative keywords', 'Update campaign negative keywords', 'Delete campaign negative keywords', 'List campaign negative keywords']);
    expect(requests(negativeKeywords).map((r) => `${r.method} ${r.url}`)).toEqual(requests(campaignNegativeKeywords).map((r) => `${r.method} ${r.url.replace('campaignNegativeKeywords', 'negativeKeywords')}`));
    expect(requests(campaignNegativeTargets).map((r) => r.name)).toEqual(['Create campaign negative targets', 'List campaign negative target', 'Update campaign negative targets', 'Delete campaign negative targets']);
    expect(requests(negativeTargets).map((r) => `${r.method} ${r.url}`)).toEqual(requests(campaignNegativeTargets).map((r) => `${r.method} ${r.url.replace('campaignNegativeTargets', 'negativeTargets')}`));
  });

  it('names an ad group only at the ad group level (a campaign negative has no adGroupId)', () => {
    expect(createdEntity(campaignNegativeKeywords)).not.toHaveProperty('adGroupId');
    expect(createdEntity(negativeKeywords)).toMatchObject({ adGroupId: '{{adGroupId}}', keywordText: 'free sample' });
    expect(createdEntity(campaignNegativeTargets)).not.toHaveProperty('adGroupId');
    expect(createdEntity(negativeTargets)).toHaveProperty('adGroupId', '{{adGroupId}}');
    expect(requests(campaignNegativeKeywords)[0].description).toContain('Uses {{campaignId}} (set in the environment');
  });
});
