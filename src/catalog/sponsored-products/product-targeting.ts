/**
 * Sponsored Products > Product targeting (v3) and product / category recommendations.
 */
import { folder, request } from '../types.js';
import { spResourceRequests, spV3Docs } from './v3-resource.js';
import { spExamples } from './examples.js';
import { categoryRecommendationExamples, productRecommendationExamples } from './recommendation-examples.js';
import { preferRepresentation } from '../headers.js';

const spTargets = spResourceRequests({ url: '{{api_url}}/sp/targets', mediaType: 'spTargetingClause', listKey: 'targetingClauses', id: 'targetId', extraHeaders: [preferRepresentation] });

export const productTargeting = folder('Product targeting', { description: 'Product and category targets of manual campaigns, and recommendations for them.', docs: spV3Docs }, [
  spTargets.list({
    name: 'List targets',
    example: { campaignIdFilter: { include: ['{{campaignId}}'] } },
    description: 'Lists product and category targets, filtered by campaign, ad group, target id or state.',
    examples: spExamples.targets.list,
  }),
  spTargets.create({
    name: 'Create targets',
    entity: {
      expression: [
        { type: 'ASIN_CATEGORY_SAME_AS', value: '2522102011' },
        { type: 'ASIN_BRAND_SAME_AS', value: '7048034011' },
      ],
      campaignId: '{{campaignId}}',
      expressionType: 'MANUAL',
      state: 'ENABLED',
      bid: 1.5,
      adGroupId: '{{adGroupId}}',
    },
    description: 'Targets products, categories or brands in a manual campaign; each clause is a list of expressions.',
    examples: spExamples.targets.createWithEntity,
  }),
  spTargets.update({
    name: 'Update targets',
    changes: { bid: 3.25 },
    description: 'Changes the bid or state of targets by id.',
    examples: spExamples.targets.updateWithEntity,
  }),
  spTargets.delete({
    name: 'Delete targets',
    description: 'Archives the targets whose ids are in the filter.',
    examples: spExamples.targets.delete,
  }),
  request({
    name: 'Product recommendations',
    method: 'POST',
    url: '{{api_url}}/sp/targets/products/recommendations',
    headers: 'profile',
    accept: 'spProductRecommendationAsins',
    contentType: 'spProductRecommendation',
    body: { mode: 'raw', example: { adAsins: ['B0EXAMPLE2'], locale: 'en_US', count: 1 } },
    description: 'Suggests ASINs worth targeting for the products you advertise; page with the cursor of the answer.',
    docs: spV3Docs,
    examples: productRecommendationExamples,
  }),
  request({
    name: 'Category recommendations',
    method: 'POST',
    url: '{{api_url}}/sp/targets/categories/recommendations',
    headers: 'profile',
    accept: 'spProductTargetingResponse',
    contentType: 'spProductTargeting',
    extraHeaders: [preferRepresentation],
    body: { mode: 'raw', example: { asins: ['B0EXAMPLE3'], includeAncestor: true } },
    description: 'Suggests categories to target for a list of ASINs, optionally with their parent categories.',
    docs: spV3Docs,
    examples: categoryRecommendationExamples,
  }),
]);
