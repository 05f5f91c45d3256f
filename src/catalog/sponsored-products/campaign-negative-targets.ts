/**
 * Sponsored Products > Campaign negative targets (v3).
 */
import { folder } from '../types.js';
import { spResourceRequests, spV3Docs } from './v3-resource.js';
import { spExamples } from './examples.js';
import { preferRepresentation } from '../headers.js';

const spCampaignNegativeTargets = spResourceRequests({ url: '{{api_url}}/sp/campaignNegativeTargets', mediaType: 'spCampaignNegativeTargetingClause', listKey: 'campaignNegativeTargetingClauses', id: 'campaignNegativeTargetId', idInEntity: 'targetId', idInCreated: 'campaignNegativeTargetingClauseId', extraHeaders: [preferRepresentation] });

export const campaignNegativeTargets = folder('Campaign negative targets', { description: 'Campaign-level negative product and brand targets.', docs: spV3Docs }, [
  spCampaignNegativeTargets.create({
    name: 'Create campaign negative targets',
    entity: {
      expression: [
        { type: 'ASIN_SAME_AS', value: 'B0EXAMPLE4' },
      ],
      campaignId: '{{campaignId}}',
      state: 'ENABLED',
    },
    description: 'Excludes products or brands from a whole campaign.',
    examples: spExamples.campaignNegativeTargets.create,
  }),
  spCampaignNegativeTargets.list({
    name: 'List campaign negative target',
    description: 'Lists campaign negative targets.',
    examples: spExamples.campaignNegativeTargets.list,
  }),
  spCampaignNegativeTargets.update({
    name: 'Update campaign negative targets',
    changes: { state: 'PAUSED' },
    description: 'Changes the state of campaign negative targets by id.',
    examples: spExamples.campaignNegativeTargets.update,
  }),
  spCampaignNegativeTargets.delete({
    name: 'Delete campaign negative targets',
    description: 'Archives the campaign negative targets whose ids are in the filter.',
    examples: spExamples.campaignNegativeTargets.delete,
  }),
]);
