/**
 * Sponsored Products > Negative targets (v3, ad group level).
 */
import { negativeTargetsFolder } from './negatives-at-two-levels.js';
import { spExamples } from './examples.js';
import { preferRepresentation } from '../headers.js';

export const negativeTargets = negativeTargetsFolder({
  folder: 'Negative targets',
  about: 'Ad-group-level negative product and brand targets.',
  resource: { url: '{{api_url}}/sp/negativeTargets', mediaType: 'spNegativeTargetingClause', listKey: 'negativeTargetingClauses', id: 'negativeTargetId', idInEntity: 'targetId', idInCreated: 'targetId', extraHeaders: [preferRepresentation] },
  answers: spExamples.negativeTargets,
  entity: { expression: [{ type: 'ASIN_BRAND_SAME_AS', value: '18681839011' }], campaignId: '{{campaignId}}', state: 'ENABLED', adGroupId: '{{adGroupId}}' },
  scope: "an ad group's product targeting",
});
