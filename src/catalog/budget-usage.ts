/**
 * Budget usage: today's spend against budget, per ad product.
 */
import { folder, request, type ExampleResponse, type RequestSpec } from './types.js';
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

/** One ad product's budget usage request: POST {{api_url}}/<product>/campaigns/budget/usage with campaign ids. */
function budgetUsageRequest(
  product: 'Sponsored Products' | 'Sponsored Brands' | 'Sponsored Display',
  media: { accept?: MediaTypeKey; contentType: MediaTypeKey },
  description: string,
  example: ExampleResponse,
): RequestSpec {
  const prefix = { 'Sponsored Products': 'sp', 'Sponsored Brands': 'sb', 'Sponsored Display': 'sd' }[product];
  return request({
    name: product,
    method: 'POST',
    url: `{{api_url}}/${prefix}/campaigns/budget/usage`,
    headers: 'profile',
    ...media,
    body: { mode: 'raw', example: { campaignIds: ['{{campaignId}}'] } },
    description: `${description} Uses {{campaignId}} (set in the environment or stored by an earlier request).`,
    docs,
    examples: [example],
  });
}

export const budgetUsage = folder('Budget usage', { description: `How much of today's budget each campaign has spent, per ad product.`, docs }, [
  budgetUsageRequest(
    'Sponsored Products',
    { accept: 'spCampaignBudgetUsage', contentType: 'spCampaignBudgetUsage' },
    'Shows how much of today\'s budget each listed Sponsored Products campaign has used, and when it was last updated.',
    budgetUsageAnswer(50, 42.5),
  ),
  budgetUsageRequest(
    'Sponsored Brands',
    { accept: 'sbCampaignBudgetUsage', contentType: 'sbCampaignBudgetUsage' },
    'Shows how much of today\'s budget each listed Sponsored Brands campaign has used.',
    budgetUsageAnswer(100, 18),
  ),
  budgetUsageRequest(
    'Sponsored Display',
    { contentType: 'sdCampaignBudgetUsage' },
    'Shows how much of today\'s budget each listed Sponsored Display campaign has used.',
    budgetUsageAnswer(25, 76.4, 'sdCampaignBudgetUsage'),
  ),
]);
