/**
 * Saved example responses of the budget rule calls, shared by the SP, SB and SD budget rules folders
 * and by Sponsored Products / Budget rules: one example rule (raise the budget 20% while ACOS stays at
 * or under 20), attached to the example campaign of `exampleIds`. The SP bodies validate against
 * Amazon's OpenAPI spec.
 */
import { exampleIds as ids, exampleNextToken, ok } from '../examples.js';
import type { ExampleResponse } from '../types.js';

export const exampleBudgetRule = {
  ruleId: ids.ruleId,
  ruleState: 'ACTIVE',
  ruleStatus: 'ACTIVE',
  createdDate: 1772323200000,
  lastUpdatedDate: 1772323200000,
  ruleDetails: {
    name: 'Example budget rule',
    ruleType: 'PERFORMANCE',
    duration: { dateRangeTypeRuleDuration: { startDate: '20260301', endDate: '20260430' } },
    recurrence: { type: 'DAILY' },
    budgetIncreaseBy: { type: 'PERCENT', value: 20 },
    performanceMeasureCondition: { metricName: 'ACOS', threshold: 20, comparisonOperator: 'LESS_THAN_OR_EQUAL_TO' },
  },
};

/**
 * The example rule as an ad product's answers show it: Sponsored Brands measures performance by IS, NTB or
 * ROAS (its spec has no ACOS), so its rule raises the budget while ROAS stays at or under 20.
 */
export function budgetRuleOf(adProduct: 'sp' | 'sb' | 'sd') {
  if (adProduct !== 'sb') return exampleBudgetRule;
  const details = exampleBudgetRule.ruleDetails;
  return { ...exampleBudgetRule, ruleDetails: { ...details, performanceMeasureCondition: { ...details.performanceMeasureCondition, metricName: 'ROAS' } } };
}

/** The answers that show the rule itself (list, by id, rules of a campaign), per ad product. */
export function ruleAnswersOf(adProduct: 'sp' | 'sb' | 'sd') {
  const rule = budgetRuleOf(adProduct);
  return {
    list: [ok('200 OK: a page of budget rules and the nextToken of the next page', 200, { budgetRulesForAdvertiserResponse: [rule], nextToken: exampleNextToken })],
    byId: [ok('200 OK: the budget rule', 200, { budgetRule: rule })],
    rulesOfCampaign: [ok('200 OK: the rules attached to the campaign', 200, { associatedRules: [rule] })],
  };
}

function perRule(name: string, details: string): ExampleResponse[] {
  return [ok(name, 207, { responses: [{ ruleId: ids.ruleId, code: 'SUCCESS', details }] })];
}

export const budgetRuleExamples = {
  create: perRule('207 Multi-Status: the created rule id by index', 'Budget rule created.'),
  update: perRule('207 Multi-Status: the updated rule id by index', 'Budget rule updated.'),
  associate: perRule('207 Multi-Status: each rule attached to the campaign', 'Budget rule associated with the campaign.'),
  ...ruleAnswersOf('sp'),
  campaignsOfRule: [
    ok('200 OK: the campaigns the rule is attached to', 200, {
      associatedCampaigns: [{ campaignId: ids.campaignId, campaignName: 'Spring sale - manual targeting', ruleStatus: 'ACTIVE' }],
    }),
  ],
  disassociate: [ok('200 OK: the rule is detached', 200, {})],
  recommendedEvents: [
    ok('200 OK: shopping events worth a budget raise', 200, {
      recommendedBudgetRuleEvents: [
        { eventId: 'EXAMPLE-EVENT-1', eventName: 'Example shopping event', startDate: '20261124', endDate: '20261201', suggestedBudgetIncreasePercent: 30 },
      ],
    }),
  ],
  history: [
    ok('200 OK: the budget the rules set, day by day', 200, {
      history: [{ executionTime: 1792310400000, dailyBudgetValue: 25.5, ruleBasedBudgetValue: 30.6, appliedRule: exampleBudgetRule }],
      nextToken: exampleNextToken,
    }),
  ],
};
