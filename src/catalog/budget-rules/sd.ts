/**
 * Budget rules > SD.
 */
import { folder, request } from '../types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/budgets/rules/overview';

export const sd = folder('SD', `Budget rules for Sponsored Display campaigns.\n\n[Amazon Ads documentation](${docs})`, [
  request({
    name: 'Create budget rules',
    method: 'POST',
    url: '{{api_url}}/sd/budgetRules',
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        budgetRulesDetails: [
          {
            name: 'Example budget rule',
            ruleType: 'PERFORMANCE',
            duration: { dateRangeTypeRuleDuration: { startDate: '20260301', endDate: '20260430' } },
            recurrence: { type: 'DAILY' },
            budgetIncreaseBy: { type: 'PERCENT', value: 20 },
            performanceMeasureCondition: {
              metricName: 'ACOS',
              threshold: 20,
              comparisonOperator: 'LESS_THAN_OR_EQUAL_TO',
            },
          },
        ],
      },
    },
    description:
      'Creates Sponsored Display budget rules: schedule-based or performance-based raises. Several items can go in one call; the answer reports success or an error per item, by index. Stores {{budgetRuleId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'budgetRuleId', from: 'responses[0].ruleId' } }] },
  }),
  request({
    name: 'Associate budget rules to campaign',
    method: 'POST',
    url: '{{api_url}}/sd/campaigns/:campaignId/budgetRules',
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    pathVariables: { campaignId: '{{campaignId}}' },
    body: { mode: 'raw', example: { budgetRuleIds: ['{{budgetRuleId}}'] } },
    description:
      'Attaches budget rules (ids in the body) to the campaign in {{campaignId}}. Uses {{budgetRuleId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'All budget rules',
    method: 'GET',
    url: '{{api_url}}/sd/budgetRules',
    headers: 'profile',
    accept: 'json',
    query: [
      { key: 'nextToken', value: '', disabled: true },
      { key: 'pageSize', value: '30' },
    ],
    description:
      'Lists the Sponsored Display budget rules of the profile, a page at a time. Stores {{budgetRuleId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'budgetRuleId', from: 'budgetRulesForAdvertiserResponse[0].ruleId' } }] },
  }),
  request({
    name: 'Update budget rules',
    method: 'PUT',
    url: '{{api_url}}/sd/budgetRules',
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        budgetRulesDetails: [
          { ruleId: '{{budgetRuleId}}', ruleState: 'PAUSED' },
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
    url: '{{api_url}}/sd/campaigns/:campaignId/budgetRules/:budgetRuleId',
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
    url: '{{api_url}}/sd/budgetRules/:budgetRuleId/campaigns',
    headers: 'profile',
    accept: 'json',
    query: [
      { key: 'pageSize', value: '30' },
      { key: 'nextToken', value: '', disabled: true },
    ],
    pathVariables: { budgetRuleId: '{{budgetRuleId}}' },
    description:
      'Lists the campaigns the budget rule in {{budgetRuleId}} is attached to. Stores {{campaignId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'campaignId', from: 'associatedCampaigns[0].campaignId' } }] },
  }),
  request({
    name: 'Budget rule by ID',
    method: 'GET',
    url: '{{api_url}}/sd/budgetRules/:budgetRuleId',
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
    url: '{{api_url}}/sd/campaigns/:campaignId/budgetRules',
    headers: 'profile',
    accept: 'json',
    pathVariables: { campaignId: '{{campaignId}}' },
    description:
      'Lists the budget rules attached to the campaign in {{campaignId}}.',
    docs,
  }),
]);
