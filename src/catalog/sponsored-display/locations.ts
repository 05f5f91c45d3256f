/**
 * Sponsored Display > Locations.
 */
import { folder } from '../types.js';
import { itemResults, plainJson } from '../examples.js';
import { sdLocation } from './examples.js';
import { sdDocs, sdResourceRequests } from './sd-resource.js';

const sdLocations = sdResourceRequests({ path: 'locations', noun: 'location target', idKey: 'locationExpressionId', entity: sdLocation, storesId: false });

export const locations = folder('Locations', { description: 'Location targeting of Sponsored Display ad groups.', docs: sdDocs }, [
  sdLocations.create({
    name: 'Create locations',
    sends: ['adGroupId', 'expressionType', 'state', 'expression'],
    description: 'Targets ad groups at locations (location ids from the Locations catalogue).',
    // Unlike the other Sponsored Display creates, the spec answers this one 200, one result per item.
    examples: [itemResults('200 OK: one location target created', 200, 'locationExpressionId', [sdLocation.locationExpressionId as number], plainJson)],
  }),
  sdLocations.list({
    name: 'List locations',
    description: 'Lists the location targets of Sponsored Display ad groups.',
  }),
]);
