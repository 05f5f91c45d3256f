/**
 * Sponsored TV > AdGroup.
 */
import { folder } from '../types.js';
import { stAdGroup } from './examples.js';
import { preferExtendedData } from '../headers.js';
import { stDocs, stResourceRequests } from './st-resource.js';

const stAdGroups = stResourceRequests({ noun: 'ad group', entityKey: 'adGroups', itemKey: 'adGroup', idKey: 'adGroupId' }, stAdGroup);

export const adGroup = folder('AdGroup', { description: 'Sponsored TV ad groups.', docs: stDocs }, [
  stAdGroups.create({
    name: 'Create AdGroup',
    example: {
      adGroups: [
        {
          campaignId: '{{campaignId}}',
          name: 'Example adgroup',
          state: 'ENABLED',
          defaultBid: { bid: 25 },
        },
      ],
    },
    description:
      'Creates ad groups in the Sponsored TV campaign in {{campaignId}}. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{campaignId}} (set in the environment or stored by an earlier request).',
  }),
  stAdGroups.list({
    name: 'List AdGroup',
    extraHeaders: [preferExtendedData],
    description:
      'Lists Sponsored TV ad groups by id filter, with extended fields. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{adGroupId}} (set in the environment or stored by an earlier request).',
  }),
  stAdGroups.update({
    name: 'Update AdGroup',
    description:
      'Changes the state or bid of Sponsored TV ad groups by id. Only the fields sent change; each item names the entity by id. Uses {{adGroupId}} (set in the environment or stored by an earlier request).',
  }),
  stAdGroups.delete({
    name: 'Delete AdGroup',
    description:
      'Archives the Sponsored TV ad groups whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{adGroupId}} (set in the environment or stored by an earlier request).',
  }),
]);
