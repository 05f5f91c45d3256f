/**
 * Budget rules > SB.
 */
import { folder, request } from '../types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/budgets/rules/overview';

export const sb = folder('SB', `Budget rules for Sponsored Brands campaigns.\n\n[Amazon Ads documentation](${docs})`, [
  request({
    name: 'Create budget rules',
    method: 'POST',
    url: '{{api_url}}/sb/budgetRules',
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    body: {
      mode: 'raw',
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
    },
    description:
      'Creates Sponsored Brands budget rules, here one tied to a recommended event. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{eventId}} (set in the environment or stored by an earlier request). Stores {{budgetRuleId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'budgetRuleId', from: 'responses[0].ruleId' } }] },
  }),
  request({
    name: 'Associate budget rules to campaign',
    method: 'POST',
    url: '{{api_url}}/sb/campaigns/:campaignId/budgetRules',
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    query: [
      { key: 'nextToken', value: '', disabled: true },
    ],
    pathVariables: { campaignId: '{{campaignId}}' },
    body: { mode: 'raw', example: { budgetRuleIds: ['{{budgetRuleId}}'] } },
    description:
      'Attaches budget rules (ids in the body) to the campaign in {{campaignId}}. Uses {{budgetRuleId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Get recommended events',
    method: 'POST',
    url: '{{api_url}}/sb/campaigns/budgetRules/recommendations',
    headers: 'profile',
    accept: 'sbBudgetRulesRecommendation',
    contentType: 'json',
    body: { mode: 'raw', example: { campaignId: '{{campaignId}}' } },
    description:
      'Suggests shopping events worth a temporary budget raise for the campaign in {{campaignId}}. Uses {{campaignId}} (set in the environment or stored by an earlier request). Stores {{eventId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'eventId', from: 'recommendedBudgetRuleEvents[0].eventId' } }] },
  }),
  request({
    name: 'All budget rules',
    method: 'GET',
    url: '{{api_url}}/sb/budgetRules',
    headers: 'profile',
    accept: 'json',
    query: [
      { key: 'nextToken', value: '', disabled: true },
      { key: 'pageSize', value: '30' },
    ],
    description:
      'Lists the Sponsored Brands budget rules of the profile, a page at a time. Stores {{budgetRuleId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'budgetRuleId', from: 'budgetRulesForAdvertiserResponse[0].ruleId' } }] },
  }),
  request({
    name: 'Update budget rules',
    method: 'PUT',
    url: '{{api_url}}/sb/budgetRules',
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        budgetRulesDetails: [
          {
            ruleDetails: {
              ruleType: 'PERFORMANCE',
              name: 'Example budget rule',
              duration: {
                dateRangeTypeRuleDuration: { startDate: '20260220', endDate: '20260308' },
              },
              recurrence: { type: 'DAILY' },
              budgetIncreaseBy: { type: 'PERCENT', value: 75 },
              performanceMeasureCondition: {
                metricName: 'ROAS',
                comparisonOperator: 'GREATER_THAN_OR_EQUAL_TO',
                threshold: 2,
              },
            },
            ruleId: '{{budgetRuleId}}',
            ruleState: 'ACTIVE',
            ruleStatus: 'ACTIVE',
          },
        ],
      },
    },
    description:
      'Changes the details or state of budget rules by id. Only the fields sent change; each item names the entity by id. Uses {{budgetRuleId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Disassociate budget rule from campaign',
    method: 'DELETE',
    url: '{{api_url}}/sb/campaigns/:campaignId/budgetRules/:budgetRuleId',
    headers: 'profile',
    accept: 'json',
    pathVariables: { campaignId: '{{campaignId}}', budgetRuleId: '{{budgetRuleId}}' },
    description:
      'Detaches the budget rule in {{budgetRuleId}} from the campaign in {{campaignId}}. Archives or removes the entity named in the URL; this cannot be undone.',
    docs,
  }),
  request({
    name: 'Campaigns associated with a rule',
    method: 'GET',
    url: '{{api_url}}/sb/budgetRules/:budgetRuleId/campaigns',
    headers: 'profile',
    accept: 'json',
    query: [
      { key: 'pageSize', value: '30' },
      { key: 'nextToken', value: '', disabled: true },
    ],
    pathVariables: { budgetRuleId: '{{budgetRuleId}}' },
    description:
      'Lists the campaigns the budget rule in {{budgetRuleId}} is attached to.',
    docs,
  }),
  request({
    name: 'Budget rule by ID',
    method: 'GET',
    url: '{{api_url}}/sb/budgetRules/:budgetRuleId',
    headers: 'profile',
    accept: 'json',
    pathVariables: { budgetRuleId: '{{budgetRuleId}}' },
    description:
      'Reads the budget rule in {{budgetRuleId}}.',
    docs,
  }),
  request({
    name: 'Rules associated with a campaign',
    method: 'GET',
    url: '{{api_url}}/sb/campaigns/:campaignId/budgetRules',
    headers: 'profile',
    accept: 'json',
    query: [
      { key: 'nextToken', value: '', disabled: true },
    ],
    pathVariables: { campaignId: '{{campaignId}}' },
    description:
      'Lists the budget rules attached to the campaign in {{campaignId}}.',
    docs,
  }),
]);
