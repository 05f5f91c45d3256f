/**
 * Sponsored Products > Ad groups (v3).
 */
import { folder } from '../types.js';
import { spResourceRequests, spV3Docs } from './v3-resource.js';
import { spExamples } from './examples.js';
import { adGroupListFilters } from './example-body-parts.js';

const spAdGroups = spResourceRequests({ url: '{{api_url}}/sp/adGroups', mediaType: 'spAdGroup', listKey: 'adGroups', id: 'adGroupId' });

export const adGroups = folder('Ad groups', { description: 'Ad groups of Sponsored Products campaigns.', docs: spV3Docs }, [
  spAdGroups.create({
    name: 'Create ad groups',
    entity: {
      campaignId: '{{campaignId}}',
      name: 'Example ad group',
      defaultBid: 100,
      state: 'ENABLED',
    },
    description: 'Creates ad groups in the campaign in {{campaignId}}, each with a name, a default bid and a state.',
    examples: spExamples.adGroups.create,
  }),
  spAdGroups.delete({
    name: 'Delete ad groups',
    description: 'Archives the ad groups whose ids are in the filter.',
    examples: spExamples.adGroups.delete,
  }),
  spAdGroups.list({
    name: 'List ad groups',
    example: {
      ...adGroupListFilters,
      nameFilter: { queryTermMatchType: 'BROAD_MATCH', include: ['testing'] },
      campaignTargetingTypeFilter: 'AUTO',
    },
    description: 'Lists ad groups, filtered by campaign, ad group id, state or name.',
    examples: spExamples.adGroups.list,
  }),
  spAdGroups.update({
    name: 'Update ad groups',
    example: {
      adGroups: [
        {
          name: 'Example ad group',
          state: 'PAUSED',
          adGroupId: '{{adGroupId}}',
          defaultBid: 200,
        },
      ],
    },
    description: 'Changes the name, state or default bid of ad groups by id.',
    examples: spExamples.adGroups.update,
  }),
]);
