/**
 * Sponsored Products > Negative keywords (v3, ad group level).
 */
import { folder } from '../types.js';
import { spResourceRequests, spV3Docs } from './v3-resource.js';
import { spExamples } from './examples.js';
import { freeSampleNegativeKeyword } from './example-body-parts.js';

const spNegativeKeywords = spResourceRequests({ url: '{{api_url}}/sp/negativeKeywords', mediaType: 'spNegativeKeyword', listKey: 'negativeKeywords', id: 'negativeKeywordId', idInEntity: 'keywordId' });

export const negativeKeywords = folder('Negative keywords', { description: 'Ad-group-level negative keywords.', docs: spV3Docs }, [
  spNegativeKeywords.create({
    name: 'Create negative keywords',
    entity: freeSampleNegativeKeyword,
    description: 'Stops an ad group from showing for search terms, with negative exact or phrase match.',
    examples: spExamples.negativeKeywords.create,
  }),
  spNegativeKeywords.update({
    name: 'Update negative keywords',
    changes: { state: 'PAUSED' },
    description: 'Pauses, enables or archives negative keywords by id.',
    examples: spExamples.negativeKeywords.update,
  }),
  spNegativeKeywords.delete({
    name: 'Delete negative keywords',
    description: 'Archives the negative keywords whose ids are in the filter.',
    examples: spExamples.negativeKeywords.delete,
  }),
  spNegativeKeywords.list({
    name: 'List negative keywords',
    example: { campaignIdFilter: { include: ['{{campaignId}}'] } },
    description: 'Lists ad-group negative keywords, filtered by campaign, ad group or state.',
    examples: spExamples.negativeKeywords.list,
  }),
]);
