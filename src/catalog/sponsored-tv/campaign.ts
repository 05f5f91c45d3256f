/**
 * Sponsored TV > Campaign.
 */
import { folder } from '../types.js';
import { stCampaign } from './examples.js';
import { stDocs, stResourceRequests } from './st-resource.js';

const stCampaigns = stResourceRequests({ noun: 'campaign', entityKey: 'campaigns', itemKey: 'campaign', idKey: 'campaignId', mediaType: 'stCampaign' }, stCampaign);

export const campaign = folder('Campaign', { description: 'Sponsored TV campaigns.', docs: stDocs }, [
  stCampaigns.create({
    name: 'Create Campaign',
    example: {
      campaigns: [
        {
          budgetSettings: { budget: { recurrenceType: 'DAILY', budgetValue: { amount: 10 } } },
          startDate: '2026-09-25T00:00:00Z',
          endDate: '2026-09-25T00:00:00Z',
          name: 'Example campaign',
          state: 'ENABLED',
          tags: { tag1: 'value1', tag2: 'value2', tag3: 'value3' },
        },
      ],
    },
    description: 'Creates Sponsored TV campaigns with a budget and a flight.',
  }),
  stCampaigns.list({
    name: 'List Campaign',
    description: 'Lists Sponsored TV campaigns by id filter, with extended fields.',
  }),
  stCampaigns.delete({
    name: 'Delete Campaign',
    description: 'Archives the Sponsored TV campaigns whose ids are in the filter.',
  }),
  stCampaigns.update({
    name: 'Update Campaign',
    description: 'Changes the state or settings of Sponsored TV campaigns by id.',
  }),
]);
