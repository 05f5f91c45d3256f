/**
 * Locations: the catalogue of targetable locations.
 */
import { folder } from './types.js';
import { resourceRequests } from './resource-requests.js';
import { moreExampleIds, ok, plainJson } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/locations';
const catalogueOfLocations = resourceRequests({ url: '{{api_url}}/locations', contentType: 'json', docs });

export const locations = folder('Locations', { description: 'The catalogue of locations that location targeting can use.', docs }, [
  catalogueOfLocations.list({
    name: 'Browse locations',
    example: {
      filters: [
        { field: 'name', values: ['New Yor'] },
        { field: 'category', values: ['STATE'] },
      ],
    },
    description: 'Searches the catalogue of targetable locations (countries, states, cities, postal codes) by name and category.',
    examples: [
      ok(
        '200 OK: states matching the name',
        200,
        { locations: [{ locationId: moreExampleIds.locationId, name: 'New York, US', category: 'STATE' }] },
        plainJson,
      ),
    ],
  }),
]);
