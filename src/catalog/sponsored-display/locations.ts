/**
 * Sponsored Display > Locations.
 */
import { folder, request } from '../types.js';
import { resourceRequests } from '../resource-requests.js';
import { sdAnswers, sdLocation } from './examples.js';

const answers = sdAnswers('location target', 'locationExpressionId', sdLocation);

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi';
const sdLocations = resourceRequests({ url: '{{api_url}}/sd/locations', contentType: 'json', docs });

export const locations = folder('Locations', { description: 'Location targeting of Sponsored Display ad groups.', docs }, [
  sdLocations.create({
    name: 'Create locations',
    example: [
      {
        adGroupId: '{{adGroupId}}',
        expressionType: 'manual',
        state: 'enabled',
        expression: [
          { type: 'location', value: 'amzn1.ad-geo.GP-US-10005' },
        ],
      },
    ],
    description:
      'Targets ad groups at locations (location ids from the Locations catalogue). Send one object per entity; the answer has one result per item, in order. Uses {{adGroupId}} (set in the environment or stored by an earlier request).',
    examples: answers.created,
  }),
  request({
    name: 'List locations',
    method: 'GET',
    url: '{{api_url}}/sd/locations',
    headers: 'profile',
    description:
      'Lists the location targets of Sponsored Display ad groups.',
    docs,
    examples: answers.listed,
  }),
]);
