/**
 * Budget rules > SB. The shared request family is in requests.ts; this list keeps the official order.
 */
import { folder } from '../types.js';
import {
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

export const sb = folder('SB', budgetRulesFolderDescription('sb'), [
  createBudgetRules('sb', {
    summary: 'Creates Sponsored Brands budget rules, here one tied to a recommended event.',
    uses: 'Uses {{eventId}} (set in the environment or stored by an earlier request).',
    example: {
      budgetRulesDetails: [
        {
          name: 'Example budget rule',
          ruleType: 'SCHEDULE',
          duration: { eventTypeRuleDuration: { eventId: '{{eventId}}' } },
          recurrence: { type: 'DAILY' },
          budgetIncreaseBy: { type: 'PERCENT', value: 25 },
        },
      ],
    },
  }),
  associateBudgetRules('sb', { nextTokenQuery: true }),
  recommendedBudgetRuleEvents('sb', { accept: 'sbBudgetRulesRecommendation', contentType: 'json' }),
  listBudgetRules('sb'),
  updateBudgetRules('sb', roasRuleUpdateExample),
  disassociateBudgetRule('sb'),
  campaignsOfBudgetRule('sb', { storesCampaignId: false }),
  budgetRuleById('sb'),
  budgetRulesOfCampaign('sb', { nextTokenQuery: true }),
]);
