/**
 * Sponsored Brands > Campaigns (v4).
 */
import { folder, request } from '../types.js';
import { exampleIds, ok, multiStatusErrors, multiStatusWithEntities, throttled, unauthorized, withContentType } from '../examples.js';
import { sbCampaign } from './examples.js';
import { sbDocs as docs, sbResourceRequests } from './sb-resource.js';

const sbCampaigns = sbResourceRequests('v4/campaigns', 'sbCampaign');

export const campaigns = folder('Campaigns', { description: 'Version 4 Sponsored Brands campaigns.', docs }, [
  sbCampaigns.create({
    name: 'Create campaigns',
    example: {
      campaigns: [
        {
          budgetType: 'DAILY',
          name: 'Example campaign',
          state: 'ENABLED',
          productLocation: 'SOLD_ON_AMAZON',
          startDate: '{{campaign_start_date}}',
          budget: 10,
          bidding: {
            bidOptimization: false,
            bidAdjustmentsByShopperSegment: [
              { percentage: 200, shopperSegment: 'NEW_TO_BRAND_PURCHASE' },
            ],
            bidAdjustmentsByPlacement: [
              { percentage: 20, placement: 'HOME' },
              { percentage: 15, placement: 'DETAIL_PAGE' },
              { percentage: 15, placement: 'OTHER' },
            ],
            bidOptimizationStrategy: 'MAXIMIZE_NEW_TO_BRAND_CUSTOMERS',
          },
        },
      ],
    },
    description:
      'Creates version 4 Sponsored Brands campaigns with budget, schedule (starting tomorrow, computed before sending) and bidding; sellers must send their brandEntityId.',
    scripts: {
      prerequest: [{ name: 'relative-date', params: { variable: 'campaign_start_date', days: 1 } }],
      test: [{ name: 'store-ids', params: { variable: 'campaignId', from: 'campaigns.success[0].campaignId' } }],
    },
    examples: [
      multiStatusWithEntities('207 Multi-Status: one campaign created', 'campaigns', 'campaign', 'campaignId', [sbCampaign()]),
      multiStatusErrors('207 Multi-Status: budget refused', 'campaigns', [
        {
          index: 0,
          errorType: 'budgetError',
          reason: 'BUDGET_TOO_LOW',
          message: 'The daily budget is below the minimum of this marketplace.',
          location: '$.campaigns[0].budget',
          trigger: '0.5',
        },
      ]),
    ],
  }),
  request({
    name: 'List campaigns',
    method: 'POST',
    url: '{{api_url}}/sb/v4/campaigns/list',
    headers: 'profile',
    accept: 'sbCampaign',
    description:
      'Lists version 4 Sponsored Brands campaigns; filters and paging go in the body. Filters go in the body; a `nextToken` in the answer means more pages follow. Stores {{campaignId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'campaignId', from: 'campaigns[0].campaignId' } }] },
    examples: [
      ok('200 OK: two campaigns', 200, {
        campaigns: [sbCampaign(), sbCampaign({ campaignId: exampleIds.campaignId2, name: 'Example campaign 2', state: 'PAUSED' })],
        totalResults: 2,
      }),
      ...withContentType([unauthorized('v3'), throttled('v3')], 'sbCampaign'),
    ],
  }),
  request({
    name: 'Update campaign',
    method: 'PUT',
    url: '{{api_url}}/sb/v4/campaigns',
    headers: 'profile',
    accept: 'sbCampaign',
    contentType: 'sbCampaign',
    body: {
      mode: 'raw',
      example: {
        campaigns: [
          {
            bidding: { bidOptimization: true },
            campaignId: '{{campaignId}}',
            name: 'Example campaign',
            state: 'ENABLED',
            startDate: '{{campaign_start_date}}',
            budget: 100,
          },
        ],
      },
    },
    description:
      'Changes name, state, budget, dates or bidding of campaigns by id. Only the fields sent change; each item names the entity by id. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
    docs,
    scripts: { prerequest: [{ name: 'relative-date', params: { variable: 'campaign_start_date', days: 1 } }] },
    examples: [
      multiStatusWithEntities('207 Multi-Status: budget and start date changed', 'campaigns', 'campaign', 'campaignId', [
        sbCampaign({ budget: 100, startDate: '2026-06-15' }),
      ]),
    ],
  }),
  request({
    name: 'Delete campaign',
    method: 'POST',
    url: '{{api_url}}/sb/v4/campaigns/delete',
    headers: 'profile',
    contentType: 'sbCampaign',
    body: { mode: 'raw', example: { campaignIdFilter: { include: ['{{campaignId}}'] } } },
    description:
      'Archives the campaigns whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: [
      multiStatusWithEntities('207 Multi-Status: campaign archived', 'campaigns', 'campaign', 'campaignId', [sbCampaign({ state: 'ARCHIVED' })], {
        contentType: 'sbCampaign',
      }),
    ],
  }),
]);
