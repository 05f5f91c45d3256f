/**
 * "Sponsored Products" / "Campaigns": the version 3 campaign operations. Every call names the profile
 * and uses the spCampaign v3 media type both ways; create and update ask for the full resulting
 * campaigns back (Prefer: return=representation). Example bodies validate against Amazon's OpenAPI spec
 * (test/catalog/sponsored-products-campaigns.test.ts).
 */
import { folder } from '../types.js';
import { resourceRequests } from '../resource-requests.js';
import { spExamples } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-products/3-0/openapi/prod#tag/Campaigns';
const spCampaigns = resourceRequests({ url: '{{api_url}}/sp/campaigns', accept: 'spCampaign', contentType: 'spCampaign', docs, listKey: 'campaigns', id: 'campaignId' });
const returnRepresentation = { key: 'Prefer', value: 'return=representation', description: 'Answer with the full campaigns, not just their ids.' };

export const campaigns = folder(
  'Campaigns',
  [
    'Create, list, update and delete Sponsored Products campaigns. A campaign holds the budget, the',
    'schedule, the targeting type (automatic or manual) and the bidding strategy; ad groups, ads and',
    'targets live under it. Up to 1000 campaigns per call.',
    '',
    `[Sponsored Products campaigns reference](${docs})`,
  ].join('\n'),
  [
    spCampaigns.list({
      name: 'List campaigns',
      example: {
        stateFilter: { include: ['ENABLED', 'PAUSED'] },
        includeExtendedDataFields: true,
        maxResults: 25,
      },
      storesId: false,
      description: 'Lists campaigns by state, ids, name or portfolio, at most `maxResults` a page.',
      examples: spExamples.campaigns.list,
    }),
    spCampaigns.create({
      name: 'Create campaigns',
      extraHeaders: [returnRepresentation],
      entity: {
        name: 'Spring sale - manual targeting',
        targetingType: 'MANUAL',
        state: 'PAUSED',
        startDate: '2030-03-01',
        endDate: '2030-03-31',
        budget: { budgetType: 'DAILY', budget: 25.5 },
        dynamicBidding: {
          strategy: 'AUTO_FOR_SALES',
          placementBidding: [{ placement: 'PLACEMENT_TOP', percentage: 40 }],
        },
      },
      storesId: false,
      description: 'Creates campaigns. Name, targeting type, state and a daily budget are required; the example starts the campaign paused so nothing spends until you enable it.',
      examples: spExamples.campaigns.createWithEntity,
    }),
    spCampaigns.delete({
      name: 'Delete campaigns',
      description: 'Archives the campaigns whose ids are listed; an archived campaign never serves again. The example targets the `campaignId` stored by a list call: check it first.',
      examples: spExamples.campaigns.delete,
    }),
    spCampaigns.update({
      name: 'Update campaigns',
      extraHeaders: [returnRepresentation],
      changes: { state: 'ENABLED', budget: { budgetType: 'DAILY', budget: 40 } },
      description: 'Changes campaigns by id. The targeting type cannot be changed after creation.',
      examples: spExamples.campaigns.updateWithEntity,
    }),
  ],
);
