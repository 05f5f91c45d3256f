/**
 * Sponsored Products > Campaign negative keywords (v3).
 */
import { folder, request } from '../types.js';
import { spExamples } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-products/3-0/openapi/prod';

export const campaignNegativeKeywords = folder('Campaign negative keywords', { description: 'Campaign-level negative keywords.', docs }, [
  request({
    name: 'Create campaign negative keywords',
    method: 'POST',
    url: '{{api_url}}/sp/campaignNegativeKeywords',
    headers: 'profile',
    accept: 'spCampaignNegativeKeyword',
    contentType: 'spCampaignNegativeKeyword',
    body: {
      mode: 'raw',
      example: {
        campaignNegativeKeywords: [
          {
            campaignId: '{{campaignId}}',
            matchType: 'NEGATIVE_EXACT',
            state: 'ENABLED',
            adGroupId: '{{adGroupId}}',
            keywordText: 'free sample',
          },
        ],
      },
    },
    description:
      'Stops a whole campaign from showing for search terms. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{campaignId}}, {{adGroupId}} (set in the environment or stored by an earlier request). Stores {{campaignNegativeKeywordId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    examples: spExamples.campaignNegativeKeywords.create,
    scripts: { test: [{ name: 'store-ids', params: {
      variable: 'campaignNegativeKeywordId',
      from: 'campaignNegativeKeywords.success[0].campaignNegativeKeywordId',
    } }] },
  }),
  request({
    name: 'Update campaign negative keywords',
    method: 'PUT',
    url: '{{api_url}}/sp/campaignNegativeKeywords',
    headers: 'profile',
    accept: 'spCampaignNegativeKeyword',
    contentType: 'spCampaignNegativeKeyword',
    body: {
      mode: 'raw',
      example: {
        campaignNegativeKeywords: [
          { keywordId: '{{campaignNegativeKeywordId}}', state: 'PAUSED' },
        ],
      },
    },
    description:
      'Changes the state of campaign negative keywords by id. Only the fields sent change; each item names the entity by id. Uses {{campaignNegativeKeywordId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: spExamples.campaignNegativeKeywords.update,
  }),
  request({
    name: 'Delete campaign negative keywords',
    method: 'POST',
    url: '{{api_url}}/sp/campaignNegativeKeywords/delete',
    headers: 'profile',
    accept: 'spCampaignNegativeKeyword',
    contentType: 'spCampaignNegativeKeyword',
    body: {
      mode: 'raw',
      example: { campaignNegativeKeywordIdFilter: { include: ['{{campaignNegativeKeywordId}}'] } },
    },
    description:
      'Archives the campaign negative keywords whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{campaignNegativeKeywordId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: spExamples.campaignNegativeKeywords.delete,
  }),
  request({
    name: 'List campaign negative keywords',
    method: 'POST',
    url: '{{api_url}}/sp/campaignNegativeKeywords/list',
    headers: 'profile',
    accept: 'spCampaignNegativeKeyword',
    contentType: 'spCampaignNegativeKeyword',
    body: { mode: 'raw', example: { campaignIdFilter: { include: ['{{campaignId}}'] } } },
    description:
      'Lists campaign negative keywords, filtered by campaign or state. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{campaignId}} (set in the environment or stored by an earlier request). Stores {{campaignNegativeKeywordId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    examples: spExamples.campaignNegativeKeywords.list,
    scripts: { test: [{ name: 'store-ids', params: {
      variable: 'campaignNegativeKeywordId',
      from: 'campaignNegativeKeywords[0].keywordId',
    } }] },
  }),
]);
