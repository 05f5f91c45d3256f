/**
 * Budget usage: today's spend against budget, per ad product.
 */
import { folder, request } from './types.js';

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
  }),
]);
