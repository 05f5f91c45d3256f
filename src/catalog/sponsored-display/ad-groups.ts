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
    sends: ['name', 'campaignId', 'defaultBid', 'bidOptimization', 'state', 'creativeType'],
    description: 'Creates ad groups in the Sponsored Display campaign in {{campaignId}}, with a bid optimization goal.',
  }),
  sdAdGroups.list({
    name: 'Get ad groups',
    description: 'Lists Sponsored Display ad groups; page with startIndex and count.',
  }),
]);
