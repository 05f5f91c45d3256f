/**
 * Saved example responses of the Sponsored Products recommendation calls (products and categories to
 * target, keywords, theme-based bids, budgets). Made-up values around the example campaign and ad
 * group of `exampleIds`; they validate against Amazon's OpenAPI spec.
 */
import { exampleIds as ids, ok } from '../examples.js';
import type { ExampleResponse } from '../types.js';

export const productRecommendationExamples: ExampleResponse[] = [
  ok('200 OK: ASINs worth targeting, and the cursor of the next page', 200, {
    recommendations: [{ recommendedAsin: 'B0EXAMPLE4' }, { recommendedAsin: 'B0EXAMPLE5' }],
    nextCursor: 'EXAMPLE-NEXT-CURSOR',
  }),
];

export const categoryRecommendationExamples: ExampleResponse[] = [
  ok(
    '200 OK: categories to target, with their parent',
    200,
    {
      categories: [
        { id: '2522102011', name: 'Water Bottles', path: '/Sports & Outdoors/Water Bottles', parent: 'Sports & Outdoors', canBeTargeted: true },
      ],
    },
    { contentType: 'spProductTargetingResponse' },
  ),
];

export const keywordRecommendationExamples: ExampleResponse[] = [
  ok(
    '200 OK: ranked keywords with suggested bids per match type',
    200,
    {
      keywordTargetList: [
        {
          keyword: 'insulated water bottle',
          recId: 'EXAMPLE-REC-1',
          userSelectedKeyword: false,
          bidInfo: [
            { matchType: 'EXACT', rank: 1, bid: 85, suggestedBid: { rangeStart: 60, suggested: 85, rangeEnd: 120 }, theme: 'CONVERSION_OPPORTUNITIES' },
          ],
        },
      ],
    },
    { contentType: 'spKeywordsRecommendationV5' },
  ),
];

export const themeBasedBidExamples: ExampleResponse[] = [
  ok('200 OK: low, suggested and high bids for each expression, by theme', 200, {
    bidRecommendations: [
      {
        theme: 'CONVERSION_OPPORTUNITIES',
        bidRecommendationsForTargetingExpressions: [
          {
            targetingExpression: { type: 'KEYWORD_BROAD_MATCH', value: 'av cable' },
            bidValues: [{ suggestedBid: 0.6 }, { suggestedBid: 0.85 }, { suggestedBid: 1.2 }],
          },
        ],
      },
    ],
  }),
];

export const budgetRecommendationExamples: ExampleResponse[] = [
  ok('200 OK: a suggested budget and what the campaign missed while out of budget', 200, {
    budgetRecommendationsSuccessResults: [
      {
        index: 0,
        campaignId: ids.campaignId,
        suggestedBudget: 40,
        budgetRuleRecommendation: { ruleId: ids.ruleId, ruleName: 'Example budget rule', suggestedBudgetIncreasePercent: 20 },
        sevenDaysMissedOpportunities: {
          startDate: '2030-03-01',
          endDate: '2030-03-07',
          percentTimeInBudget: 62,
          estimatedMissedClicksLower: 40,
          estimatedMissedClicksUpper: 65,
          estimatedMissedImpressionsLower: 900,
          estimatedMissedImpressionsUpper: 1400,
          estimatedMissedSalesLower: 120,
          estimatedMissedSalesUpper: 210,
        },
      },
    ],
    budgetRecommendationsErrorResults: [],
  }),
];
