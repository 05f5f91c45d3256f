/**
 * Sponsored Products > Negative keywords (v3, ad group level).
 */
import { negativeKeywordsFolder } from './negatives-at-two-levels.js';
import { spExamples } from './examples.js';
import { freeSampleNegativeKeyword } from './example-body-parts.js';

export const negativeKeywords = negativeKeywordsFolder({
  folder: 'Negative keywords',
  about: 'Ad-group-level negative keywords.',
  resource: { url: '{{api_url}}/sp/negativeKeywords', mediaType: 'spNegativeKeyword', listKey: 'negativeKeywords', id: 'negativeKeywordId', idInEntity: 'keywordId' },
  answers: spExamples.negativeKeywords,
  entity: freeSampleNegativeKeyword,
  scope: 'an ad group',
});
