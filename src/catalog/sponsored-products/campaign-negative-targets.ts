/**
 * Sponsored Products > Campaign negative targets (v3).
 */
import { negativeTargetsFolder } from './negatives-at-two-levels.js';
import { spExamples } from './examples.js';
import { preferRepresentation } from '../headers.js';

export const campaignNegativeTargets = negativeTargetsFolder({
  folder: 'Campaign negative targets',
  about: 'Campaign-level negative product and brand targets.',
  resource: { url: '{{api_url}}/sp/campaignNegativeTargets', mediaType: 'spCampaignNegativeTargetingClause', listKey: 'campaignNegativeTargetingClauses', id: 'campaignNegativeTargetId', idInEntity: 'targetId', idInCreated: 'campaignNegativeTargetingClauseId', extraHeaders: [preferRepresentation] },
  answers: spExamples.campaignNegativeTargets,
  entity: { expression: [{ type: 'ASIN_SAME_AS', value: 'B0EXAMPLE4' }], campaignId: '{{campaignId}}', state: 'ENABLED' },
  scope: 'a whole campaign',
  /** The official collection's name, in the singular. */
  listName: 'List campaign negative target',
});
