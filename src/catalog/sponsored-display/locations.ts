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
    sends: ['adGroupId', 'expressionType', 'state', 'expression'],
    description: 'Targets ad groups at locations (location ids from the Locations catalogue).',
  }),
  sdLocations.list({
    name: 'List locations',
    description: 'Lists the location targets of Sponsored Display ad groups.',
  }),
]);
