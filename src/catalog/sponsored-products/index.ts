/**
 * "Sponsored Products": one module per subfolder, in the official order. Add a subfolder by importing
 * its module and listing it below.
 */
import { folder } from '../types.js';
import { campaigns } from './campaigns.js';
import { adGroups } from './ad-groups.js';
import { productAds } from './product-ads.js';
import { productTargeting } from './product-targeting.js';
import { keywords } from './keywords.js';
import { themeBasedBidRecommendations } from './theme-based-bid-recommendations.js';
import { negativeKeywords } from './negative-keywords.js';
import { campaignNegativeKeywords } from './campaign-negative-keywords.js';
import { negativeTargets } from './negative-targets.js';
import { campaignNegativeTargets } from './campaign-negative-targets.js';
import { budgetRecommendations } from './budget-recommendations.js';
import { spBudgetRules } from './budget-rules.js';

export const sponsoredProducts = folder(
  'Sponsored Products',
  [
    'Sponsored Products promote single product listings in shopping results and on product pages.',
    'These requests use version 3 of the API, with a vendor media type per resource.',
    '',
    '[Sponsored Products documentation](https://advertising.amazon.com/API/docs/en-us/sponsored-products/overview)',
  ].join('\n'),
  [
    campaigns,
    adGroups,
    productAds,
    productTargeting,
    keywords,
    themeBasedBidRecommendations,
    negativeKeywords,
    campaignNegativeKeywords,
    negativeTargets,
    campaignNegativeTargets,
    budgetRecommendations,
    spBudgetRules,
  ],
);
