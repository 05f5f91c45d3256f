/**
 * Sponsored Display > Locations.
 */
import { folder } from '../types.js';
import { sdLocation } from './examples.js';
import { sdDocs, sdResourceRequests } from './sd-resource.js';

const sdLocations = sdResourceRequests({ path: 'locations', noun: 'location target', idKey: 'locationExpressionId', entity: sdLocation, storesId: false });

export const locations = folder('Locations', { description: 'Location targeting of Sponsored Display ad groups.', docs: sdDocs }, [
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
  }),
  sdLocations.list({
    name: 'List locations',
    description:
      'Lists the location targets of Sponsored Display ad groups.',
  }),
]);
