/**
 * Budget rules > SD. The shared request family is in requests.ts; this list keeps the official order
 * (the official SD folder has no recommended-events request).
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
  updateBudgetRules,
} from './requests.js';

export const sd = folder('SD', budgetRulesFolderDescription('sd'), [
  createBudgetRules('sd', {
    summary: 'Creates Sponsored Display budget rules: schedule-based or performance-based raises.',
    example: acosRuleExample,
  }),
  associateBudgetRules('sd'),
  listBudgetRules('sd'),
  updateBudgetRules('sd', { budgetRulesDetails: [{ ruleId: '{{budgetRuleId}}', ruleState: 'PAUSED' }] }),
  disassociateBudgetRule('sd'),
  campaignsOfBudgetRule('sd', { storesCampaignId: true }),
  budgetRuleById('sd'),
  budgetRulesOfCampaign('sd'),
]);
