/**
 * Budget usage: today's spend against budget, per ad product.
 */
import { folder, request, type ExampleResponse } from './types.js';
import { exampleIds, ok } from './examples.js';
import type { MediaTypeKey } from './media-types.js';

/**
 * The budget usage answer, a multi-status (207): one success entry per campaign asked for (by index),
 * errors by index. `contentType` only where the request sends no Accept to default to.
 */
function budgetUsageAnswer(budget: number, budgetUsagePercent: number, contentType?: MediaTypeKey): ExampleResponse {
  const success = [{ index: 0, campaignId: exampleIds.campaignId, budget, budgetUsagePercent, usageUpdatedTimestamp: '2026-01-15T14:00:00Z' }];
  return ok(`207 Multi-Status: ${budgetUsagePercent}% of the budget used`, 207, { success, error: [] }, contentType ? { contentType } : {});
}

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/budgets/budget-usage';

export const budgetUsage = folder('Budget usage', { description: `How much of today's budget each campaign has spent, per ad product.`, docs }, [
  request({
    name: 'Sponsored Products',
    method: 'POST',
    url: '{{api_url}}/sp/campaigns/budget/usage',
    headers: 'profile',
    accept: 'spCampaignBudgetUsage',
    contentType: 'spCampaignBudgetUsage',
    body: { mode: 'raw', example: { campaignIds: ['{{campaignId}}'] } },
    description:
      'Shows how much of today\'s budget each listed Sponsored Products campaign has used, and when it was last updated. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: [budgetUsageAnswer(50, 42.5)],
  }),
  request({
    name: 'Sponsored Brands',
    method: 'POST',
    url: '{{api_url}}/sb/campaigns/budget/usage',
    headers: 'profile',
    accept: 'sbCampaignBudgetUsage',
    contentType: 'json',
    body: { mode: 'raw', example: { campaignIds: ['{{campaignId}}'] } },
    description:
      'Shows how much of today\'s budget each listed Sponsored Brands campaign has used. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: [budgetUsageAnswer(100, 18)],
  }),
  request({
    name: 'Sponsored Display',
    method: 'POST',
    url: '{{api_url}}/sd/campaigns/budget/usage',
    headers: 'profile',
    contentType: 'json',
    body: { mode: 'raw', example: { campaignIds: ['{{campaignId}}'] } },
    description:
      'Shows how much of today\'s budget each listed Sponsored Display campaign has used. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: [budgetUsageAnswer(25, 76.4, 'json')],
  }),
]);
