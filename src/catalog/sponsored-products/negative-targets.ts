/**
 * Sponsored Products > Negative targets (v3, ad group level).
 */
import { folder } from '../types.js';
import { spResourceRequests, spV3Docs } from './v3-resource.js';
import { spExamples } from './examples.js';
import { preferRepresentation } from '../headers.js';

const spNegativeTargets = spResourceRequests({ url: '{{api_url}}/sp/negativeTargets', mediaType: 'spNegativeTargetingClause', listKey: 'negativeTargetingClauses', id: 'negativeTargetId', idInEntity: 'targetId', idInCreated: 'targetId', extraHeaders: [preferRepresentation] });

export const negativeTargets = folder('Negative targets', { description: 'Ad-group-level negative product and brand targets.', docs: spV3Docs }, [
  spNegativeTargets.create({
    name: 'Create negative targets',
    entity: {
      expression: [
        { type: 'ASIN_BRAND_SAME_AS', value: '18681839011' },
      ],
      campaignId: '{{campaignId}}',
      state: 'ENABLED',
      adGroupId: '{{adGroupId}}',
    },
    description: 'Excludes products or brands from an ad group\'s product targeting.',
    examples: spExamples.negativeTargets.create,
  }),
  spNegativeTargets.list({
    name: 'List negative targets',
    description: 'Lists ad-group negative targets.',
    examples: spExamples.negativeTargets.list,
  }),
  spNegativeTargets.update({
    name: 'Update negative targets',
    changes: { state: 'ENABLED' },
    description: 'Changes the state of negative targets by id.',
    examples: spExamples.negativeTargets.update,
  }),
  spNegativeTargets.delete({
    name: 'Delete negative targets',
    description: 'Archives the negative targets whose ids are in the filter.',
    examples: spExamples.negativeTargets.delete,
  }),
]);
