/**
 * Sponsored Products > Theme-based bid recommendations.
 */
import { folder, request } from '../types.js';
import { themeBasedBidExamples } from './recommendation-examples.js';
import { spV3Docs } from './v3-resource.js';

export const themeBasedBidRecommendations = folder('Theme-based bid recommendations', { description: 'Suggested bids for targets, grouped by theme.', docs: spV3Docs }, [
  request({
    name: 'Get recommendations',
    method: 'POST',
    url: '{{api_url}}/sp/targets/bid/recommendations',
    headers: 'profile',
    accept: 'spThemeBasedBidRecommendation',
    contentType: 'spThemeBasedBidRecommendation',
    body: {
      mode: 'raw',
      example: {
        recommendationType: 'BIDS_FOR_EXISTING_AD_GROUP',
        targetingExpressions: [
          { type: 'KEYWORD_BROAD_MATCH', value: 'av cable' },
        ],
        campaignId: '{{campaignId}}',
        adGroupId: '{{adGroupId}}',
      },
    },
    description:
      'Suggests bids for targeting expressions of an existing ad group, grouped by theme (e.g. conversion opportunities). Uses {{campaignId}}, {{adGroupId}} (set in the environment or stored by an earlier request).',
    docs: spV3Docs,
    examples: themeBasedBidExamples,
  }),
]);
