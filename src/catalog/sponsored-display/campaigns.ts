/**
 * Sponsored Display > Campaigns.
 */
import { folder } from '../types.js';
import { throttled, unauthorized } from '../examples.js';
import { sdCampaign } from './examples.js';
import { sdDocs, sdResourceRequests } from './sd-resource.js';

const sdCampaigns = sdResourceRequests({ path: 'campaigns', noun: 'campaign', idKey: 'campaignId', entity: sdCampaign, storesId: true });

export const campaigns = folder('Campaigns', { description: 'Sponsored Display campaigns.', docs: sdDocs }, [
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
  }),
  sdCampaigns.list({
    name: 'List campaigns',
    description:
      'Lists Sponsored Display campaigns; page with startIndex and count. Stores {{campaignId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    examples: [...sdCampaigns.answers.listed, unauthorized(), throttled()],
  }),
]);
