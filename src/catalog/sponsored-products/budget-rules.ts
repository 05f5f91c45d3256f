/**
 * Sponsored Products > Budget rules.
 */
import { folder, request } from '../types.js';
import { budgetRuleExamples } from '../budget-rules/examples.js';
import { withContentType } from '../examples.js';
import { preferRepresentation } from '../headers.js';
import { spV3Docs } from './v3-resource.js';

export const spBudgetRules = folder('Budget rules', { description: 'Rules that raise a Sponsored Products budget on a schedule or on performance.', docs: spV3Docs }, [
  request({
    name: 'Create budget rules',
    method: 'POST',
    url: '{{api_url}}/sp/budgetRules',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        budgetRulesDetails: [
          {
            duration: { dateRangeTypeRuleDuration: { endDate: '20261201', startDate: '20261102' } },
            recurrence: { type: 'DAILY' },
            ruleType: 'SCHEDULE',
            budgetIncreaseBy: { type: 'PERCENT', value: 10 },
            name: 'Example budget rule',
          },
        ],
      },
    },
    description:
      'Creates rules that raise a campaign budget on a schedule or when a performance condition holds. Several items can go in one call; the answer reports success or an error per item, by index. Stores {{budgetRuleId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs: spV3Docs,
    examples: budgetRuleExamples.create,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'budgetRuleId', from: 'responses[0].ruleId' } }] },
  }),
  request({
    name: 'Associate rule to campaign',
    method: 'POST',
    url: '{{api_url}}/sp/campaigns/:campaignId/budgetRules',
    headers: 'profile',
    contentType: 'json',
    extraHeaders: [preferRepresentation],
    pathVariables: { campaignId: '{{campaignId}}' },
    body: { mode: 'raw', example: { budgetRuleIds: ['{{budgetRuleId}}'] } },
    description:
      'Attaches budget rules (ids in the body) to the campaign in {{campaignId}}. Uses {{budgetRuleId}} (set in the environment or stored by an earlier request).',
    docs: spV3Docs,
    examples: budgetRuleExamples.associate,
  }),
  request({
    name: 'Get recommended events',
    method: 'POST',
    url: '{{api_url}}/sp/campaigns/budgetRules/recommendations',
    headers: 'profile',
    contentType: 'spBudgetRulesRecommendation',
    extraHeaders: [preferRepresentation],
    body: { mode: 'raw', example: { campaignId: '{{campaignId}}' } },
    description:
      'Suggests shopping events (holidays, sales) worth a temporary budget raise for a campaign. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
    docs: spV3Docs,
    examples: withContentType(budgetRuleExamples.recommendedEvents, 'spBudgetRulesRecommendation'),
  }),
  request({
    name: 'Get budget rules',
    method: 'GET',
    url: '{{api_url}}/sp/budgetRules',
    headers: 'profile',
    accept: 'json',
    query: [
      { key: 'pageSize', value: '10' },
    ],
    description:
      'Lists the budget rules of the profile, a page at a time.',
    docs: spV3Docs,
    examples: budgetRuleExamples.list,
  }),
  request({
    name: 'Get budget rules by campaign',
    method: 'GET',
    url: '{{api_url}}/sp/campaigns/:campaignId/budgetRules',
    headers: 'profile',
    accept: 'json',
    pathVariables: { campaignId: '{{campaignId}}' },
    description:
      'Lists the budget rules attached to the campaign in {{campaignId}}.',
    docs: spV3Docs,
    examples: budgetRuleExamples.rulesOfCampaign,
  }),
  request({
    name: 'Get budget history',
    method: 'GET',
    url: '{{api_url}}/sp/campaigns/:campaignId/budgetRules/budgetHistory',
    headers: 'profile',
    accept: 'json',
    query: [
      { key: 'pageSize', value: '10' },
      { key: 'startDate', value: '20261018' },
      { key: 'endDate', value: '20261018' },
    ],
    pathVariables: { campaignId: '{{campaignId}}' },
    description:
      'Shows how the rules changed the budget of a campaign day by day (dates as YYYYMMDD).',
    docs: spV3Docs,
    examples: budgetRuleExamples.history,
  }),
]);
