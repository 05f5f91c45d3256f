/**
 * Budget rules > SB. The shared request family is in requests.ts; this list keeps the official order.
 */
import { folder } from '../types.js';
import { budgetRuleRequests, roasRuleUpdateExample } from './requests.js';

const rules = budgetRuleRequests('sb');

export const sb = folder('SB', rules.folderDescription, [
  rules.create({
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
  rules.associate({ nextTokenQuery: true }),
  rules.recommendedEvents({ accept: 'sbBudgetRulesRecommendation', contentType: 'sbBudgetRulesRecommendation' }),
  rules.list(),
  rules.update(roasRuleUpdateExample),
  rules.disassociate(),
  rules.campaignsOfRule({ storesCampaignId: false }),
  rules.byId(),
  rules.rulesOfCampaign({ nextTokenQuery: true }),
]);
