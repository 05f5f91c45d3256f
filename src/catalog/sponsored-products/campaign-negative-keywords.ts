/**
 * Sponsored Products > Campaign negative keywords (v3).
 */
import { folder } from '../types.js';
import { spResourceRequests, spV3Docs } from './v3-resource.js';
import { spExamples } from './examples.js';
import { freeSampleNegativeKeyword } from './example-body-parts.js';

const spCampaignNegativeKeywords = spResourceRequests({ url: '{{api_url}}/sp/campaignNegativeKeywords', mediaType: 'spCampaignNegativeKeyword', listKey: 'campaignNegativeKeywords', id: 'campaignNegativeKeywordId', idInEntity: 'keywordId' });

export const campaignNegativeKeywords = folder('Campaign negative keywords', { description: 'Campaign-level negative keywords.', docs: spV3Docs }, [
  spCampaignNegativeKeywords.create({
    name: 'Create campaign negative keywords',
    entity: freeSampleNegativeKeyword,
    description:
      'Stops a whole campaign from showing for search terms. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{campaignId}}, {{adGroupId}} (set in the environment or stored by an earlier request). Stores {{campaignNegativeKeywordId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    examples: spExamples.campaignNegativeKeywords.create,
  }),
  spCampaignNegativeKeywords.update({
    name: 'Update campaign negative keywords',
    changes: { state: 'PAUSED' },
    description:
      'Changes the state of campaign negative keywords by id. Only the fields sent change; each item names the entity by id. Uses {{campaignNegativeKeywordId}} (set in the environment or stored by an earlier request).',
    examples: spExamples.campaignNegativeKeywords.update,
  }),
  spCampaignNegativeKeywords.delete({
    name: 'Delete campaign negative keywords',
    description:
      'Archives the campaign negative keywords whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{campaignNegativeKeywordId}} (set in the environment or stored by an earlier request).',
    examples: spExamples.campaignNegativeKeywords.delete,
  }),
  spCampaignNegativeKeywords.list({
    name: 'List campaign negative keywords',
    example: { campaignIdFilter: { include: ['{{campaignId}}'] } },
    description:
      'Lists campaign negative keywords, filtered by campaign or state. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{campaignId}} (set in the environment or stored by an earlier request). Stores {{campaignNegativeKeywordId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    examples: spExamples.campaignNegativeKeywords.list,
  }),
]);
