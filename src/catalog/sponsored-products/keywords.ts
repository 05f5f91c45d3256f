/**
 * Sponsored Products > Keywords (v3) and keyword recommendations.
 */
import { folder, request } from '../types.js';
import { spResourceRequests, spV3Docs } from './v3-resource.js';
import { spExamples } from './examples.js';
import { adGroupListFilters } from './example-body-parts.js';
import { keywordRecommendationExamples } from './recommendation-examples.js';
import { preferRepresentation } from '../headers.js';

const spKeywords = spResourceRequests({ url: '{{api_url}}/sp/keywords', mediaType: 'spKeyword', listKey: 'keywords', id: 'keywordId' });

export const keywords = folder('Keywords', { description: 'Keyword targets of manual campaigns, and keyword recommendations.', docs: spV3Docs }, [
  spKeywords.create({
    name: 'Create Keywords',
    extraHeaders: [preferRepresentation],
    entity: {
      campaignId: '{{campaignId}}',
      matchType: 'EXACT',
      state: 'ENABLED',
      bid: 0.02,
      adGroupId: '{{adGroupId}}',
      keywordText: 'insulated water bottle',
    },
    description: 'Adds keyword targets to an ad group, each with a match type and a bid.',
    examples: spExamples.keywords.createWithEntity,
  }),
  spKeywords.list({
    name: 'List keywords',
    example: {
      ...adGroupListFilters,
      locale: 'es_MX',
      keywordTextFilter: { queryTermMatchType: 'BROAD_MATCH', include: ['soap'] },
      keywordIdFilter: { include: ['{{keywordId}}'] },
      matchTypeFilter: ['EXACT'],
    },
    storesId: false,
    description: 'Lists keyword targets, filtered by campaign, ad group, state, match type or text.',
    examples: spExamples.keywords.list,
  }),
  spKeywords.update({
    name: 'Update keywords',
    extraHeaders: [preferRepresentation],
    changes: { state: 'ENABLED', bid: 0.05 },
    description: 'Changes the bid or state of keywords by id.',
    examples: spExamples.keywords.updateWithEntity,
  }),
  spKeywords.delete({
    name: 'Delete keywords',
    extraHeaders: [preferRepresentation],
    description: 'Archives the keywords whose ids are in the filter.',
    examples: spExamples.keywords.delete,
  }),
  request({
    name: 'Keyword Recommendation for existing adGroup',
    method: 'POST',
    url: '{{api_url}}/sp/targets/keywords/recommendations',
    headers: 'profile',
    contentType: 'spKeywordsRecommendationV5',
    body: {
      mode: 'raw',
      example: {
        recommendationType: 'KEYWORDS_FOR_ADGROUP',
        campaignId: '{{campaignId}}',
        adGroupId: '{{adGroupId}}',
        maxRecommendations: 5,
        sortDimension: 'CLICKS',
        locale: 'en_US',
      },
    },
    description:
      'Suggests keywords for an existing ad group, ranked by the chosen dimension, with suggested bids (version 5). Uses {{campaignId}}, {{adGroupId}} (set in the environment or stored by an earlier request).',
    docs: spV3Docs,
    examples: keywordRecommendationExamples,
  }),
]);
