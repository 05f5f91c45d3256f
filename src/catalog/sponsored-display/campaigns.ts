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
    sends: ['name', 'budgetType', 'budget', 'startDate', 'endDate', 'costType', 'state', 'tactic'],
    description: 'Creates Sponsored Display campaigns with budget, dates, cost type and tactic (lower-case states, YYYYMMDD dates).',
  }),
  sdCampaigns.list({
    name: 'List campaigns',
    description: 'Lists Sponsored Display campaigns; page with startIndex and count.',
    examples: [...sdCampaigns.answers.listed, unauthorized(), throttled()],
  }),
]);
