/**
 * Sponsored Display > Targeting and the audience catalogue.
 */
import { folder, request } from '../types.js';
import { moreExampleIds, ok, plainJson } from '../examples.js';
import { sdTarget } from './examples.js';
import { sdDocs as docs, sdResourceRequests } from './sd-resource.js';

const sdTargets = sdResourceRequests({ path: 'targets', noun: 'target', idKey: 'targetId', entity: sdTarget, storesId: true });

export const targeting = folder('Targeting', { description: 'Sponsored Display targeting clauses and the audience catalogue.', docs }, [
  sdTargets.create({
    name: 'Create targets',
    sends: ['expression', 'bid', 'adGroupId', 'expressionType', 'state'],
    description: 'Targets audiences, products or categories from a Sponsored Display ad group.',
  }),
  sdTargets.list({
    name: 'Get targets',
    description: 'Lists Sponsored Display targeting clauses.',
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
    examples: [
      ok(
        '200 OK: the categories under In-market',
        200,
        {
          categoryPath: ['In-market'],
          categories: [
            { category: 'Sports & Outdoors', audienceCount: 180 },
            { category: 'Kitchen & Dining', audienceCount: 240 },
          ],
        },
        plainJson,
      ),
    ],
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
    examples: [
      ok(
        '200 OK: one matching audience',
        200,
        {
          audiences: [
            {
              audienceId: moreExampleIds.audienceId,
              audienceName: 'In-market: Water Bottles',
              description: 'Shoppers who recently browsed or bought water bottles.',
              category: 'In-market',
              status: 'Active',
              createDate: '2026-01-15T08:00:00.000Z',
              updateDate: '2026-03-01T08:00:00.000Z',
              forecasts: { inventoryForecasts: { all: { dailyReach: { lowerBoundInclusive: 1000000, upperBoundExclusive: 1500000 } } } },
            },
          ],
          matchCount: 1,
        },
        plainJson,
      ),
    ],
  }),
]);
