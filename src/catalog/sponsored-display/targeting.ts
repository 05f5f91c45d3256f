/**
 * Sponsored Display > Targeting and the audience catalogue.
 */
import { folder, request } from '../types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi';

export const targeting = folder('Targeting', { description: 'Sponsored Display targeting clauses and the audience catalogue.', docs }, [
  request({
    name: 'Create targets',
    method: 'POST',
    url: '{{api_url}}/sd/targets',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: [
        {
          expression: [
            {
              type: 'audience',
              value: [
                { type: 'audienceSameAs', value: '400000000000000001' },
              ],
            },
          ],
          bid: '1.25',
          adGroupId: '{{adGroupId}}',
          expressionType: 'manual',
          state: 'enabled',
        },
      ],
    },
    description:
      'Targets audiences, products or categories from a Sponsored Display ad group. Send one object per entity; the answer has one result per item, in order. Uses {{adGroupId}} (set in the environment or stored by an earlier request). Stores {{targetId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'targetId', from: '[0].targetId' } }] },
  }),
  request({
    name: 'Get targets',
    method: 'GET',
    url: '{{api_url}}/sd/targets',
    headers: 'profile',
    description:
      'Lists Sponsored Display targeting clauses. Stores {{targetId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'targetId', from: '[0].targetId' } }] },
  }),
  request({
    name: 'Audience taxonomy',
    method: 'POST',
    url: '{{api_url}}/audiences/taxonomy/list',
    headers: 'profile',
    contentType: 'json',
    body: { mode: 'raw', example: { adType: 'SD', categoryPath: ['In-market'] } },
    description:
      'Browses the tree of audience categories (in-market, interests, lifestyle, ...) available to Sponsored Display. Filters go in the body; a `nextToken` in the answer means more pages follow.',
    docs,
  }),
  request({
    name: 'Audience discovery',
    method: 'POST',
    url: '{{api_url}}/audiences/list',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        adType: 'SD',
        filters: [
          { field: 'categoryPath', values: ['In-market'] },
          { field: 'audienceName', values: ['*'] },
        ],
      },
    },
    description:
      'Searches audiences by category and name to find ids for audience targeting. Filters go in the body; a `nextToken` in the answer means more pages follow.',
    docs,
  }),
]);
