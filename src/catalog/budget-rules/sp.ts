/**
 * Budget rules > SP. The shared request family is in requests.ts; this list keeps the official order.
 */
import { folder } from '../types.js';
import {
  acosRuleExample,
  associateBudgetRules,
  budgetRuleById,
  budgetRulesFolderDescription,
  budgetRulesOfCampaign,
  campaignsOfBudgetRule,
  createBudgetRules,
  disassociateBudgetRule,
  listBudgetRules,
  recommendedBudgetRuleEvents,
  roasRuleUpdateExample,
  updateBudgetRules,
} from './requests.js';

export const sp = folder('SP', budgetRulesFolderDescription('sp'), [
  createBudgetRules('sp', {
    summary: 'Creates Sponsored Products budget rules: schedule-based or performance-based raises.',
    example: acosRuleExample,
  }),
  associateBudgetRules('sp'),
  recommendedBudgetRuleEvents('sp', { accept: 'spBudgetRulesRecommendation', contentType: 'spBudgetRulesRecommendation' }),
  listBudgetRules('sp'),
  updateBudgetRules('sp', roasRuleUpdateExample),
  disassociateBudgetRule('sp'),
  campaignsOfBudgetRule('sp', { storesCampaignId: true }),
  budgetRuleById('sp'),
  budgetRulesOfCampaign('sp', { nextTokenQuery: true }),
]);
