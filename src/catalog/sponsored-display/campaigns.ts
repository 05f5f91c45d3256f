/**
 * Sponsored Display > Campaigns.
 */
import { folder, request } from '../types.js';
import { resourceRequests } from '../resource-requests.js';
import { throttled, unauthorized } from '../examples.js';
import { sdAnswers, sdCampaign } from './examples.js';

const answers = sdAnswers('campaign', 'campaignId', sdCampaign);

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi';
const sdCampaigns = resourceRequests({ url: '{{api_url}}/sd/campaigns', contentType: 'json', docs });

export const campaigns = folder('Campaigns', { description: 'Sponsored Display campaigns.', docs }, [
  sdCampaigns.create({
    name: 'Create campaigns',
    example: [
      {
        name: 'Example campaign',
        budgetType: 'daily',
        budget: '10.00',
        startDate: '20261010',
        endDate: '20261101',
        costType: 'cpc',
        state: 'paused',
        tactic: 'T00030',
      },
    ],
    description:
      'Creates Sponsored Display campaigns with budget, dates, cost type and tactic (lower-case states, YYYYMMDD dates). Send one object per entity; the answer has one result per item, in order. Stores {{campaignId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'campaignId', from: '[0].campaignId' } }] },
    examples: answers.created,
  }),
  request({
    name: 'List campaigns',
    method: 'GET',
    url: '{{api_url}}/sd/campaigns',
    headers: 'profile',
    description:
      'Lists Sponsored Display campaigns; page with startIndex and count. Stores {{campaignId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'campaignId', from: '[0].campaignId' } }] },
    examples: [...answers.listed, unauthorized(), throttled()],
  }),
]);
