/**
 * Sponsored Products > Campaign negative keywords (v3).
 */
import { negativeKeywordsFolder } from './negatives-at-two-levels.js';
import { spExamples } from './examples.js';
import { freeSampleCampaignNegativeKeyword } from './example-body-parts.js';

export const campaignNegativeKeywords = negativeKeywordsFolder({
  folder: 'Campaign negative keywords',
  about: 'Campaign-level negative keywords.',
  resource: { url: '{{api_url}}/sp/campaignNegativeKeywords', mediaType: 'spCampaignNegativeKeyword', listKey: 'campaignNegativeKeywords', id: 'campaignNegativeKeywordId', idInEntity: 'keywordId' },
  answers: spExamples.campaignNegativeKeywords,
  entity: freeSampleCampaignNegativeKeyword,
  scope: 'a whole campaign',
});
