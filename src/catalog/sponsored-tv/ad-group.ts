/**
 * Sponsored TV > AdGroup.
 */
import { folder } from '../types.js';
import { stAdGroup } from './examples.js';
import { preferExtendedData } from '../headers.js';
import { stDocs, stResourceRequests } from './st-resource.js';

const stAdGroups = stResourceRequests({ noun: 'ad group', entityKey: 'adGroups', itemKey: 'adGroup', idKey: 'adGroupId', mediaType: 'stAdGroup' }, stAdGroup);

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
    description: 'Creates ad groups in the Sponsored TV campaign in {{campaignId}}.',
  }),
  stAdGroups.list({
    name: 'List AdGroup',
    extraHeaders: [preferExtendedData],
    description: 'Lists Sponsored TV ad groups by id filter, with extended fields.',
  }),
  stAdGroups.update({
    name: 'Update AdGroup',
    description: 'Changes the state or bid of Sponsored TV ad groups by id.',
  }),
  stAdGroups.delete({
    name: 'Delete AdGroup',
    description: 'Archives the Sponsored TV ad groups whose ids are in the filter.',
  }),
]);
