/**
 * Sponsored Display > Ad groups.
 */
import { folder } from '../types.js';
import { sdAdGroup } from './examples.js';
import { sdDocs, sdResourceRequests } from './sd-resource.js';

const sdAdGroups = sdResourceRequests({ path: 'adGroups', noun: 'ad group', idKey: 'adGroupId', entity: sdAdGroup, storesId: true });

export const adGroups = folder('Ad groups', { description: 'Sponsored Display ad groups.', docs: sdDocs }, [
  sdAdGroups.create({
    name: 'Create ad groups',
    example: [
      {
        name: 'Example ad group',
        campaignId: '{{campaignId}}',
        defaultBid: 1,
        bidOptimization: 'clicks',
        state: 'enabled',
        creativeType: 'IMAGE',
      },
    ],
    description:
      'Creates ad groups in the Sponsored Display campaign in {{campaignId}}, with a bid optimization goal. Send one object per entity; the answer has one result per item, in order. Uses {{campaignId}} (set in the environment or stored by an earlier request). Stores {{adGroupId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
  }),
  sdAdGroups.list({
    name: 'Get ad groups',
    description:
      'Lists Sponsored Display ad groups; page with startIndex and count. Stores {{adGroupId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
  }),
]);
