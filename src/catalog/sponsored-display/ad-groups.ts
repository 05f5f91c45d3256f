/**
 * Sponsored Display > Ad groups.
 */
import { folder, request } from '../types.js';
import { resourceRequests } from '../resource-requests.js';
import { sdAdGroup, sdAnswers } from './examples.js';

const answers = sdAnswers('ad group', 'adGroupId', sdAdGroup);

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi';
const sdAdGroups = resourceRequests({ url: '{{api_url}}/sd/adGroups', contentType: 'json', docs });

export const adGroups = folder('Ad groups', { description: 'Sponsored Display ad groups.', docs }, [
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
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adGroupId', from: '[0].adGroupId' } }] },
    examples: answers.created,
  }),
  request({
    name: 'Get ad groups',
    method: 'GET',
    url: '{{api_url}}/sd/adGroups',
    headers: 'profile',
    description:
      'Lists Sponsored Display ad groups; page with startIndex and count. Stores {{adGroupId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adGroupId', from: '[0].adGroupId' } }] },
    examples: answers.listed,
  }),
]);
