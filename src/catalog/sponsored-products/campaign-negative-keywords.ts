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
    description: 'Stops a whole campaign from showing for search terms.',
    examples: spExamples.campaignNegativeKeywords.create,
  }),
  spCampaignNegativeKeywords.update({
    name: 'Update campaign negative keywords',
    changes: { state: 'PAUSED' },
    description: 'Changes the state of campaign negative keywords by id.',
    examples: spExamples.campaignNegativeKeywords.update,
  }),
  spCampaignNegativeKeywords.delete({
    name: 'Delete campaign negative keywords',
    description: 'Archives the campaign negative keywords whose ids are in the filter.',
    examples: spExamples.campaignNegativeKeywords.delete,
  }),
  spCampaignNegativeKeywords.list({
    name: 'List campaign negative keywords',
    example: { campaignIdFilter: { include: ['{{campaignId}}'] } },
    description: 'Lists campaign negative keywords, filtered by campaign or state.',
    examples: spExamples.campaignNegativeKeywords.list,
  }),
]);
