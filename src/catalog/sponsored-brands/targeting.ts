/**
 * Sponsored Brands > Targeting: recommendations, theme targets, keywords, product targets and negatives.
 */
import { folder, request } from '../types.js';
import { preferRepresentation } from '../headers.js';
import { exampleIds, moreExampleIds, ok } from '../examples.js';
import { numericIds, sbKeywordAnswers, sbTarget, sbTargetAnswers, type AnswerTypes } from './examples.js';
import type { MediaTypeKey } from '../media-types.js';
import { sbDocs as docs, sbResourceRequests } from './sb-resource.js';
import { asNumber } from '../number-variable.js';

/** Keyword answers: writes and deletes in the keyword response type, a read in the entity's own. */
const keywordTypes = (read: MediaTypeKey): AnswerTypes => ({ created: 'sbKeywordResponse', updated: 'sbKeywordResponse', read, deleted: 'sbKeywordResponse' });
const keyword = sbKeywordAnswers('keyword', {
  keywordId: numericIds.keywordId,
  adGroupId: numericIds.adGroupId,
  campaignId: numericIds.campaignId,
  keywordText: 'insulated water bottle',
  matchType: 'broad',
  state: 'enabled',
  bid: 10,
}, keywordTypes('sbKeyword'));
const negativeKeyword = sbKeywordAnswers('negative keyword', {
  keywordId: numericIds.negativeKeywordId,
  adGroupId: numericIds.adGroupId,
  campaignId: numericIds.campaignId,
  keywordText: 'free sample',
  matchType: 'negativeExact',
  state: 'enabled',
}, keywordTypes('sbNegativeKeyword'));
const categoryExpression = { type: 'asinCategorySameAs', value: moreExampleIds.categoryId, resolved: 'Water Bottles' };
const productTarget = sbTargetAnswers('product target', sbTarget(numericIds.targetId, categoryExpression, 10), {
  created: 'sbCreateTargetsResponse',
  updated: 'sbUpdateTargetsResponse',
  read: 'sbTarget',
  deleted: 'sbTargetResponse',
});
const negativeTarget = sbTargetAnswers(
  'negative product target',
  sbTarget(numericIds.negativeTargetId, { type: 'asinSameAs', value: 'B0EXAMPLE7', resolved: 'B0EXAMPLE7' }),
  { created: 'sbCreateNegativeTargetsResponse', updated: 'sbUpdateNegativeTargetsResponse', read: 'sbNegativeTarget', deleted: 'sbNegativeTarget' },
);
const theme = {
  themeId: moreExampleIds.themeId,
  adGroupId: exampleIds.adGroupId,
  campaignId: exampleIds.campaignId,
  themeType: 'KEYWORDS_RELATED_TO_YOUR_LANDING_PAGES',
  state: 'enabled',
  bid: 8,
};
const themeResults = { success: [{ themeId: moreExampleIds.themeId, index: 0 }], error: [] };

const sbThemes = sbResourceRequests('themes');
const sbKeywords = sbResourceRequests('keywords');
const sbNegativeKeywords = sbResourceRequests('negativeKeywords');
const sbTargets = sbResourceRequests('targets');
const sbNegativeTargets = sbResourceRequests('negativeTargets');

export const targeting = folder('Targeting', { description: 'Keywords, product targets and their negatives for Sponsored Brands ad groups.', docs }, [
  folder('Recommendations', 'Suggested products, keywords, categories and bids for Sponsored Brands.', [
    request({
      name: 'Get product recommendations',
      method: 'POST',
      url: '{{api_url}}/sb/recommendations/targets/product/list',
      headers: 'profile',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          maxResults: 5,
          filters: [
            { filterType: 'ASINS', values: ['B0EXAMPLE7'] },
          ],
        },
      },
      description:
        'Suggests products to target, filtered by the ASINs you advertise. Filters go in the body; a `nextToken` in the answer means more pages follow.',
      docs,
      examples: [ok('200 OK: products to target', 200, { recommendedProducts: [{ recommendedTargetAsin: 'B0EXAMPLE9' }, { recommendedTargetAsin: 'B0EXAMPLE8' }] }, { contentType: 'sbProductRecommendationsResponse' })],
    }),
    request({
      name: 'Get keyword recommendations',
      method: 'POST',
      url: '{{api_url}}/sb/recommendations/keyword',
      headers: 'profile',
      contentType: 'sbKeywordRecommendation',
      body: {
        mode: 'raw',
        example: {
          url: 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE',
          maxNumSuggestions: 3,
          creativeType: 'PRODUCT_COLLECTION',
          creativeAsins: ['B0EXAMPLE7', 'B0EXAMPLE6', 'B0EXAMPLE5'],
          locale: 'zh_CN',
        },
      },
      description: 'Suggests keywords for a landing page or a set of ASINs and a creative type, in a given locale.',
      docs,
      examples: [
        ok(
          '200 OK: keywords for the landing page',
          200,
          [
            { recommendationId: 'd4e5f6a7000040008000000000000001', type: 'addKeyword', value: 'water bottle', translation: '水瓶', matchType: 'broad' },
            { recommendationId: 'd4e5f6a7000040008000000000000002', type: 'addKeyword', value: 'insulated bottle', translation: '保温瓶', matchType: 'phrase' },
          ],
          { contentType: 'sbKeywordRecommendation' },
        ),
      ],
    }),
    request({
      name: 'Recommended categories for targeting',
      method: 'POST',
      url: '{{api_url}}/sb/recommendations/targets/category',
      headers: 'profile',
      contentType: 'json',
      body: { mode: 'raw', example: { asins: ['B0EXAMPLE8'] } },
      description: 'Suggests categories to target for a list of ASINs.',
      docs,
      examples: [
        ok(
          '200 OK: one targetable category',
          200,
          { categoryRecommendationResults: [{ id: Number(moreExampleIds.categoryId), name: 'Water Bottles', path: '/Sports & Outdoors/Accessories/Water Bottles', isTargetable: true }] },
          { contentType: 'sbCategoryRecommendationsResponse' },
        ),
      ],
    }),
    request({
      name: 'Get bid recommendations for targets',
      method: 'POST',
      url: '{{api_url}}/sb/recommendations/bids',
      headers: 'profile',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          campaignId: asNumber('campaignId'),
          targets: [
            [
              { type: 'asinCategorySameAs', value: '2522102011' },
            ],
          ],
          adFormat: 'productCollection',
        },
      },
      description:
        'Suggests bids for product or category targets of a campaign and ad format. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
      docs,
      examples: [
        ok(
          '200 OK: a bid range for the category target',
          200,
          {
            keywordsBidsRecommendationSuccessResults: [],
            keywordsBidsRecommendationErrorResults: [],
            targetsBidsRecommendationSuccessResults: [
              {
                targetsIndex: 0,
                targets: [{ type: 'asinCategorySameAs', value: moreExampleIds.categoryId }],
                recommendationId: 'e5f6a7b8000040008000000000000001',
                recommendedBid: { rangeStart: 0.75, rangeEnd: 2.5, recommended: 1.4 },
              },
            ],
            targetsBidsRecommendationErrorResults: [],
            themesRecommendationSuccessResults: [],
            themesRecommendationErrorResults: [],
          },
          { contentType: 'sbBidsRecommendation' },
        ),
      ],
    }),
  ]),
  folder('Theme targeting', 'Theme targets that match keywords related to your brand or landing page.', [
    sbThemes.create({
      name: 'Create theme targeting',
      example: {
        themes: [
          {
            adGroupId: '{{adGroupId}}',
            campaignId: '{{campaignId}}',
            themeType: 'KEYWORDS_RELATED_TO_YOUR_LANDING_PAGES',
            bid: 10,
          },
        ],
      },
      description: 'Adds a theme target (keywords related to your brand or landing pages) to an ad group.',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'themeId', from: 'success[0].themeId' } }] },
      examples: [ok('200 OK: one theme target created', 200, themeResults, { contentType: 'sbThemesCreateResponse' })],
    }),
    sbThemes.update({
      name: 'Update theme targets',
      example: {
        themes: [
          {
            themeId: '{{themeId}}',
            adGroupId: '{{adGroupId}}',
            campaignId: '{{campaignId}}',
            state: 'enabled',
            bid: 8,
          },
        ],
      },
      description: 'Changes the bid or state of theme targets by id.',
      examples: [ok('200 OK: one theme target updated', 200, themeResults, { contentType: 'sbThemesUpdateResponse' })],
    }),
    sbThemes.list({
      name: 'List themes',
      example: {
        maxResults: 1,
        themeIdFilter: { include: ['{{themeId}}'] },
        adGroupIdFilter: { include: ['{{adGroupId}}'] },
        campaignIdFilter: { include: ['{{campaignId}}'] },
        stateFilter: { include: ['enabled'] },
        themeTypeFilter: {
          include: ['KEYWORDS_RELATED_TO_YOUR_BRAND', 'KEYWORDS_RELATED_TO_YOUR_LANDING_PAGES'],
        },
      },
      description: 'Lists theme targets, filtered by theme, ad group, campaign or state.',
      examples: [ok('200 OK: one theme target', 200, { themes: [theme] }, { contentType: 'sbThemesListResponse' })],
    }),
  ]),
  sbKeywords.create({
    name: 'Create keywords',
    example: [
      {
        adGroupId: asNumber('adGroupId'),
        campaignId: asNumber('campaignId'),
        keywordText: 'insulated water bottle',
        nativeLanguageKeyword: '水筒',
        nativeLanguageLocale: 'zh_CN',
        matchType: 'broad',
        bid: 10,
      },
    ],
    description: 'Adds keyword targets to a Sponsored Brands ad group (version 3, one object per keyword).',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'keywordId', from: '[0].keywordId' } }] },
    examples: keyword.created,
  }),
  sbKeywords.update({
    name: 'Update keyword',
    example: [
      {
        adGroupId: asNumber('adGroupId'),
        campaignId: asNumber('campaignId'),
        keywordId: asNumber('keywordId'),
        state: 'enabled',
        bid: 10,
      },
    ],
    description: 'Changes the bid or state of keywords by id.',
    examples: keyword.updated,
  }),
  request({
    name: 'Get keyword',
    method: 'GET',
    url: '{{api_url}}/sb/keywords/{{keywordId}}',
    headers: 'profile',
    description: 'Reads the keyword in {{keywordId}}. Uses {{keywordId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: keyword.read,
  }),
  request({
    name: 'Delete keyword',
    method: 'DELETE',
    url: '{{api_url}}/sb/keywords/{{keywordId}}',
    headers: 'profile',
    description:
      'Archives the keyword in {{keywordId}}. Archives or removes the entity named in the URL; this cannot be undone. Uses {{keywordId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: keyword.deleted,
  }),
  sbNegativeKeywords.create({
    name: 'Create negative keywords',
    example: [
      {
        adGroupId: asNumber('adGroupId'),
        campaignId: asNumber('campaignId'),
        keywordText: 'free sample',
        matchType: 'negativeExact',
      },
    ],
    description: 'Stops a Sponsored Brands ad group from showing for search terms.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'negativeKeywordId', from: '[0].keywordId' } }] },
    examples: negativeKeyword.created,
  }),
  sbNegativeKeywords.update({
    name: 'Update negative keyword',
    example: [
      {
        adGroupId: asNumber('adGroupId'),
        campaignId: asNumber('campaignId'),
        keywordId: asNumber('negativeKeywordId'),
        state: 'enabled',
      },
    ],
    description: 'Changes the state of negative keywords by id.',
    examples: negativeKeyword.updated,
  }),
  request({
    name: 'Get negative keyword',
    method: 'GET',
    url: '{{api_url}}/sb/negativeKeywords/{{negativeKeywordId}}',
    headers: 'profile',
    description: 'Reads the negative keyword in {{negativeKeywordId}}. Uses {{negativeKeywordId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: negativeKeyword.read,
  }),
  request({
    name: 'Delete negative keyword',
    method: 'DELETE',
    url: '{{api_url}}/sb/negativeKeywords/{{negativeKeywordId}}',
    headers: 'profile',
    description:
      'Archives the negative keyword in {{negativeKeywordId}}. Archives or removes the entity named in the URL; this cannot be undone. Uses {{negativeKeywordId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: negativeKeyword.deleted,
  }),
  sbTargets.create({
    name: 'Create product targets',
    extraHeaders: [preferRepresentation],
    example: {
      targets: [
        {
          adGroupId: asNumber('adGroupId'),
          campaignId: asNumber('campaignId'),
          expressions: [
            { type: 'asinCategorySameAs', value: '2522102011' },
            { type: 'asinBrandSameAs', value: '7048034011' },
            { type: 'asinReviewRatingBetween', value: '3-4.5' },
          ],
          bid: 10,
        },
      ],
    },
    description: 'Targets products or categories from a Sponsored Brands ad group.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'targetId', from: 'createTargetSuccessResults[0].targetId' } }] },
    examples: productTarget.created,
  }),
  sbTargets.update({
    name: 'Update a product target',
    extraHeaders: [preferRepresentation],
    example: {
      targets: [
        {
          targetId: asNumber('targetId'),
          adGroupId: asNumber('adGroupId'),
          campaignId: asNumber('campaignId'),
          state: 'enabled',
          bid: 10,
        },
      ],
    },
    description: 'Changes the bid or state of product targets by id.',
    examples: productTarget.updated,
  }),
  request({
    name: 'Get product target',
    method: 'GET',
    url: '{{api_url}}/sb/targets/{{targetId}}',
    headers: 'profile',
    extraHeaders: [preferRepresentation],
    description: 'Reads the product target in {{targetId}}. Uses {{targetId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: productTarget.read,
  }),
  request({
    name: 'Delete product target',
    method: 'DELETE',
    url: '{{api_url}}/sb/targets/{{targetId}}',
    headers: 'profile',
    extraHeaders: [preferRepresentation],
    description:
      'Archives the product target in {{targetId}}. Archives or removes the entity named in the URL; this cannot be undone. Uses {{targetId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: productTarget.deleted,
  }),
  sbNegativeTargets.create({
    name: 'Create negative product target',
    example: {
      negativeTargets: [
        {
          adGroupId: asNumber('adGroupId'),
          campaignId: asNumber('campaignId'),
          expressions: [
            { type: 'asinSameAs', value: 'B0EXAMPLE7' },
          ],
        },
      ],
    },
    description: 'Excludes products or brands from a Sponsored Brands ad group.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'negativeTargetId', from: 'createTargetSuccessResults[0].targetId' } }] },
    examples: negativeTarget.created,
  }),
  sbNegativeTargets.update({
    name: 'Update negative product target',
    example: {
      negativeTargets: [
        {
          targetId: asNumber('negativeTargetId'),
          adGroupId: asNumber('adGroupId'),
          state: 'enabled',
        },
      ],
    },
    description: 'Changes the state of negative product targets by id.',
    examples: negativeTarget.updated,
  }),
  request({
    name: 'Get negative product target',
    method: 'GET',
    url: '{{api_url}}/sb/negativeTargets/{{negativeTargetId}}',
    headers: 'profile',
    description:
      'Reads the negative product target in {{negativeTargetId}}. Uses {{negativeTargetId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: negativeTarget.read,
  }),
  request({
    name: 'Delete negative product target',
    method: 'DELETE',
    url: '{{api_url}}/sb/negativeTargets/{{negativeTargetId}}',
    headers: 'profile',
    description:
      'Archives the negative product target in {{negativeTargetId}}. Archives or removes the entity named in the URL; this cannot be undone. Uses {{negativeTargetId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: negativeTarget.deleted,
  }),
  request({
    name: 'Get all categories',
    method: 'GET',
    url: '{{api_url}}/sb/targets/categories',
    headers: 'profile',
    query: [
      { key: 'supplySource', value: 'AMAZON' },
    ],
    description: 'Lists the categories Sponsored Brands can target, for a supply source.',
    docs,
    examples: [
      ok(
        '200 OK: the category tree (a JSON string)',
        200,
        {
          categoryTree: JSON.stringify([
            { id: 3375251, na: 'Sports & Outdoors', ta: false, ch: [{ id: Number(moreExampleIds.categoryId), na: 'Water Bottles', ta: true, ch: [] }] },
          ]),
        },
        { contentType: 'sbTargeting' },
      ),
    ],
  }),
  request({
    name: 'Get category refinements',
    method: 'GET',
    url: '{{api_url}}/sb/targets/categories/{{categoryRefinementId}}/refinements',
    headers: 'profile',
    description:
      'Lists the brands and price ranges that narrow a category target (id from "Get all categories"). Uses {{categoryRefinementId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: [
      ok('200 OK: brands that narrow the category', 200, { brands: [{ brandRefinementId: '7048034011', name: 'Example Brand' }] }, { contentType: 'sbTargeting' }),
    ],
  }),
]);
