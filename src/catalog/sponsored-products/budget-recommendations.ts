/**
 * Sponsored Products > Budget recommendations and missed opportunities.
 */
import { folder, request } from '../types.js';
import { budgetRecommendationExamples } from './recommendation-examples.js';
import { spV3Docs } from './v3-resource.js';

export const budgetRecommendations = folder('Budget recommendations and missed opportunities', { description: 'Suggested daily budgets and what a campaign missed by running out of budget.', docs: spV3Docs }, [
  request({
    name: 'Get budget recommendations and missed opportunities',
    method: 'POST',
    url: '{{api_url}}/sp/campaigns/budgetRecommendations',
    headers: 'profile',
    accept: 'spBudgetRecommendation',
    contentType: 'spBudgetRecommendation',
    body: { mode: 'raw', example: { campaignIds: ['{{campaignId}}'] } },
    description:
      'Suggests a daily budget for each campaign and estimates the clicks and sales it lost while out of budget. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
    docs: spV3Docs,
    examples: budgetRecommendationExamples,
  }),
]);
