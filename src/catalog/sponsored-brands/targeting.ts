/**
 * Sponsored Brands > Targeting: recommendations, theme targets, keywords, product targets and negatives.
 */
import { folder, request } from '../types.js';
import { preferRepresentation } from '../headers.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-brands/3-0/openapi/prod';

export const targeting = folder('Targeting', `Keywords, product targets and their negatives for Sponsored Brands ad groups.\n\n[Amazon Ads documentation](${docs})`, [
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
        'Reads product recommendations (Sponsored Brands). Filters go in the body; a `nextToken` in the answer means more pages follow.',
      docs,
    }),
    request({
      name: 'Get keyword recommendations',
      method: 'POST',
      url: '{{api_url}}/sb/recommendations/keyword',
      headers: 'profile',
      contentType: 'json',
      body: {
        mode: 'raw',
        example: {
          url: 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE',
          maxNumSuggestions: '3',
          creativeType: 'PRODUCT_COLLECTION',
          creativeAsins: ['B0EXAMPLE7', 'B0EXAMPLE6', 'B0EXAMPLE5'],
          locale: 'zh_CN',
        },
      },
      description:
        'Reads keyword recommendations (Sponsored Brands).',
      docs,
    }),
    request({
      name: 'Recommended categories for targeting',
      method: 'POST',
      url: '{{api_url}}/sb/recommendations/targets/category',
      headers: 'profile',
      contentType: 'json',
      body: { mode: 'raw', example: { asins: ['B0EXAMPLE8'] } },
      description:
        'Returns recommended categories for targeting (Sponsored Brands).',
      docs,
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
          campaignId: '{{campaignId}}',
          targets: [
            [
              { type: 'asinCategorySameAs', value: '2522102011' },
            ],
          ],
          adFormat: 'productCollection',
        },
      },
      description:
        'Reads bid recommendations for targets (Sponsored Brands). Uses {{campaignId}} (set in the environment or stored by an earlier request).',
      docs,
    }),
  ]),
  folder('Theme targeting', 'Theme targets that match keywords related to your brand or landing page.', [
    request({
      name: 'Create theme targeting',
      method: 'POST',
      url: '{{api_url}}/sb/themes',
      headers: 'profile',
      contentType: 'json',
      body: {
        mode: 'raw',
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
      },
      description:
        'Creates theme targeting (Sponsored Brands). Several items can go in one call; the answer reports success or an error per item, by index. Uses {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request). Stores {{themeId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs,
      scripts: { test: [{ name: 'store-ids', params: { variable: 'themeId', from: 'success[0].themeId' } }] },
    }),
    request({
      name: 'Update theme targets',
      method: 'PUT',
      url: '{{api_url}}/sb/themes',
      headers: 'profile',
      contentType: 'json',
      body: {
        mode: 'raw',
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
      },
      description:
        'Updates theme targets (Sponsored Brands). Only the fields sent change; each item names the entity by id. Uses {{themeId}}, {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request).',
      docs,
    }),
    request({
      name: 'List themes',
      method: 'POST',
      url: '{{api_url}}/sb/themes/list',
      headers: 'profile',
      contentType: 'json',
      body: {
        mode: 'raw',
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
      },
      description:
        'Lists themes (Sponsored Brands). Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{themeId}}, {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request).',
      docs,
    }),
  ]),
  request({
    name: 'Create keywords',
    method: 'POST',
    url: '{{api_url}}/sb/keywords',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: [
        {
          adGroupId: '{{adGroupId}}',
          campaignId: '{{campaignId}}',
          keywordText: 'insulated water bottle',
          nativeLanguageKeyword: '水筒',
          nativeLanguageLocale: 'zh_CN',
          matchType: 'broad',
          bid: 10,
        },
      ],
    },
    description:
      'Creates keywords (Sponsored Brands). Send one object per entity; the answer has one result per item, in order. Uses {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request). Stores {{keywordId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'keywordId', from: '[0].keywordId' } }] },
  }),
  request({
    name: 'Update keyword',
    method: 'PUT',
    url: '{{api_url}}/sb/keywords',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: [
        {
          adGroupId: '{{adGroupId}}',
          campaignId: '{{campaignId}}',
          keywordId: '{{keywordId}}',
          state: 'enabled',
          bid: 10,
        },
      ],
    },
    description:
      'Updates keyword (Sponsored Brands). Only the fields sent change; each item names the entity by id. Uses {{adGroupId}}, {{campaignId}}, {{keywordId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Get keyword',
    method: 'GET',
    url: '{{api_url}}/sb/keywords/{{keywordId}}',
    headers: 'profile',
    description:
      'Reads keyword (Sponsored Brands). Uses {{keywordId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Delete keyword',
    method: 'DELETE',
    url: '{{api_url}}/sb/keywords/{{keywordId}}',
    headers: 'profile',
    description:
      'Deletes keyword (Sponsored Brands). Archives or removes the entity named in the URL; this cannot be undone. Uses {{keywordId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Create negative keywords',
    method: 'POST',
    url: '{{api_url}}/sb/negativeKeywords',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: [
        {
          adGroupId: '{{adGroupId}}',
          campaignId: '{{campaignId}}',
          keywordText: 'free sample',
          matchType: 'negativeExact',
        },
      ],
    },
    description:
      'Creates negative keywords (Sponsored Brands). Send one object per entity; the answer has one result per item, in order. Uses {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request). Stores {{negativeKeywordId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'negativeKeywordId', from: '[0].keywordId' } }] },
  }),
  request({
    name: 'Update negative keyword',
    method: 'PUT',
    url: '{{api_url}}/sb/negativeKeywords',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: [
        {
          adGroupId: '{{adGroupId}}',
          campaignId: '{{campaignId}}',
          keywordId: '{{negativeKeywordId}}',
          state: 'enabled',
        },
      ],
    },
    description:
      'Updates negative keyword (Sponsored Brands). Only the fields sent change; each item names the entity by id. Uses {{adGroupId}}, {{campaignId}}, {{negativeKeywordId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Get negative keyword',
    method: 'GET',
    url: '{{api_url}}/sb/negativeKeywords/{{negativeKeywordId}}',
    headers: 'profile',
    description:
      'Reads negative keyword (Sponsored Brands). Uses {{negativeKeywordId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Delete negative keyword',
    method: 'DELETE',
    url: '{{api_url}}/sb/negativeKeywords/{{negativeKeywordId}}',
    headers: 'profile',
    description:
      'Deletes negative keyword (Sponsored Brands). Archives or removes the entity named in the URL; this cannot be undone. Uses {{negativeKeywordId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Create product targets',
    method: 'POST',
    url: '{{api_url}}/sb/targets',
    headers: 'profile',
    contentType: 'json',
    extraHeaders: [preferRepresentation],
    body: {
      mode: 'raw',
      example: {
        targets: [
          {
            adGroupId: '{{adGroupId}}',
            campaignId: '{{campaignId}}',
            expressions: [
              { type: 'asinCategorySameAs', value: '2522102011' },
              { type: 'asinBrandSameAs', value: '7048034011' },
              { type: 'asinReviewRatingBetween', value: '3-4.5' },
            ],
            bid: 10,
          },
        ],
      },
    },
    description:
      'Creates product targets (Sponsored Brands). Several items can go in one call; the answer reports success or an error per item, by index. Uses {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request). Stores {{targetId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'targetId', from: 'createTargetSuccessResults[0].targetId' } }] },
  }),
  request({
    name: 'Update a product target',
    method: 'PUT',
    url: '{{api_url}}/sb/targets',
    headers: 'profile',
    contentType: 'json',
    extraHeaders: [preferRepresentation],
    body: {
      mode: 'raw',
      example: {
        targets: [
          {
            targetId: '{{targetId}}',
            adGroupId: '{{adGroupId}}',
            campaignId: '{{campaignId}}',
            state: 'enabled',
            bid: 10,
          },
        ],
      },
    },
    description:
      'Updates a product target (Sponsored Brands). Only the fields sent change; each item names the entity by id. Uses {{targetId}}, {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Get product target',
    method: 'GET',
    url: '{{api_url}}/sb/targets/{{targetId}}',
    headers: 'profile',
    extraHeaders: [preferRepresentation],
    description:
      'Reads product target (Sponsored Brands). Uses {{targetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Delete product target',
    method: 'DELETE',
    url: '{{api_url}}/sb/targets/{{targetId}}',
    headers: 'profile',
    extraHeaders: [preferRepresentation],
    description:
      'Deletes product target (Sponsored Brands). Archives or removes the entity named in the URL; this cannot be undone. Uses {{targetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Create negative product target',
    method: 'POST',
    url: '{{api_url}}/sb/negativeTargets',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        negativeTargets: [
          {
            adGroupId: '{{adGroupId}}',
            campaignId: '{{campaignId}}',
            expressions: [
              { type: 'asinSameAs', value: 'B0EXAMPLE7' },
            ],
          },
        ],
      },
    },
    description:
      'Creates negative product target (Sponsored Brands). Several items can go in one call; the answer reports success or an error per item, by index. Uses {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request). Stores {{negativeTargetId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'negativeTargetId', from: 'createTargetSuccessResults[0].targetId' } }] },
  }),
  request({
    name: 'Update negative product target',
    method: 'PUT',
    url: '{{api_url}}/sb/negativeTargets',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        negativeTargets: [
          {
            targetId: '{{negativeTargetId}}',
            adGroupId: '{{adGroupId}}',
            state: 'enabled',
          },
        ],
      },
    },
    description:
      'Updates negative product target (Sponsored Brands). Only the fields sent change; each item names the entity by id. Uses {{negativeTargetId}}, {{adGroupId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Get negative product target',
    method: 'GET',
    url: '{{api_url}}/sb/negativeTargets/{{negativeTargetId}}',
    headers: 'profile',
    description:
      'Reads negative product target (Sponsored Brands). Uses {{negativeTargetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Delete negative product target',
    method: 'DELETE',
    url: '{{api_url}}/sb/negativeTargets/{{negativeTargetId}}',
    headers: 'profile',
    description:
      'Deletes negative product target (Sponsored Brands). Archives or removes the entity named in the URL; this cannot be undone. Uses {{negativeTargetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Get all categories',
    method: 'GET',
    url: '{{api_url}}/sb/targets/categories',
    headers: 'profile',
    query: [
      { key: 'supplySource', value: 'AMAZON' },
    ],
    description:
      'Reads all categories (Sponsored Brands).',
    docs,
  }),
  request({
    name: 'Get category refinements',
    method: 'GET',
    url: '{{api_url}}/sb/targets/categories/{{categoryRefinementId}}/refinements',
    headers: 'profile',
    description:
      'Reads category refinements (Sponsored Brands). Uses {{categoryRefinementId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
]);
