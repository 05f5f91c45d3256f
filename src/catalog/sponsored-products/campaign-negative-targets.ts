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
    description:
      'Excludes products or brands from a whole campaign. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{campaignId}} (set in the environment or stored by an earlier request). Stores {{campaignNegativeTargetId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    examples: spExamples.campaignNegativeTargets.create,
  }),
  spCampaignNegativeTargets.list({
    name: 'List campaign negative target',
    description:
      'Lists campaign negative targets. Filters go in the body; a `nextToken` in the answer means more pages follow. Stores {{campaignNegativeTargetId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    examples: spExamples.campaignNegativeTargets.list,
  }),
  spCampaignNegativeTargets.update({
    name: 'Update campaign negative targets',
    changes: { state: 'PAUSED' },
    description:
      'Changes the state of campaign negative targets by id. Only the fields sent change; each item names the entity by id. Uses {{campaignNegativeTargetId}} (set in the environment or stored by an earlier request).',
    examples: spExamples.campaignNegativeTargets.update,
  }),
  spCampaignNegativeTargets.delete({
    name: 'Delete campaign negative targets',
    description:
      'Archives the campaign negative targets whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{campaignNegativeTargetId}} (set in the environment or stored by an earlier request).',
    examples: spExamples.campaignNegativeTargets.delete,
  }),
]);
