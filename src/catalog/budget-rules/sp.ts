/**
 * Budget rules > SP. The shared request family is in requests.ts; this list keeps the official order.
 */
import { folder } from '../types.js';
import { budgetRuleRequests, acosRuleExample, roasRuleUpdateExample } from './requests.js';

const rules = budgetRuleRequests('sp');

export const sp = folder('SP', rules.folderDescription, [
  rules.create({
    summary: 'Creates Sponsored Products budget rules: schedule-based or performance-based raises.',
    example: acosRuleExample,
  }),
  rules.associate(),
  rules.recommendedEvents({ accept: 'spBudgetRulesRecommendation', contentType: 'spBudgetRulesRecommendation' }),
  rules.list(),
  rules.update(roasRuleUpdateExample),
  rules.disassociate(),
  rules.campaignsOfRule({ storesCampaignId: true }),
  rules.byId(),
  rules.rulesOfCampaign({ nextTokenQuery: true }),
]);
