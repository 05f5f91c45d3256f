/**
 * Sponsored Display > Creatives.
 */
import { folder, request } from '../types.js';
import { resourceRequests } from '../resource-requests.js';
import { itemResults, ok, plainJson, withExampleIds } from '../examples.js';
import { sdCreative, sdIds } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi';
const sdCreatives = resourceRequests({ url: '{{api_url}}/sd/creatives', contentType: 'json', docs });

/** Example creative: headline, logo and two custom image crops from the asset in {{assetId}}; sent by Add and Update. */
const customImageProperties = {
  headline: 'Cold drinks for the whole day',
  brandLogo: {
    assetId: '{{assetId}}',
    assetVersion: 'version_v1',
    croppingCoordinates: { top: 0, left: 0, width: 600, height: 100 },
  },
  contentType: 'CUSTOM_IMAGE',
  rectCustomImage: {
    assetId: '{{assetId}}',
    assetVersion: 'version_v1',
    croppingCoordinates: { top: 0, left: 0, width: 1200, height: 628 },
  },
  squareCustomImage: {
    assetId: '{{assetId}}',
    assetVersion: 'version_v1',
    croppingCoordinates: { top: 0, left: 0, width: 628, height: 628 },
  },
};

/** The creative the answers show: the example properties, with the example asset id. */
const creative = sdCreative(withExampleIds(customImageProperties));

export const creatives = folder('Creatives', { description: 'Custom creatives of Sponsored Display ad groups.', docs }, [
  sdCreatives.create({
    name: 'Add creatives',
    example: [
      {
        adGroupId: '{{adGroupId}}',
        properties: customImageProperties,
      },
    ],
    description:
      'Adds custom creatives (headline, logo, image or video) to an ad group. Send one object per entity; the answer has one result per item, in order. Uses {{adGroupId}}, {{assetId}} (set in the environment or stored by an earlier request). Stores {{creativeId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    scripts: { test: [{ name: 'store-ids', params: { variable: 'creativeId', from: '[0].creativeId' } }] },
    examples: [itemResults('207 Multi-Status: one creative added', 207, 'creativeId', [sdIds.creativeId], plainJson)],
  }),
  request({
    name: 'List creatives',
    method: 'GET',
    url: '{{api_url}}/sd/creatives',
    headers: 'profile',
    accept: 'json',
    query: [
      { key: 'adGroupIdFilter', value: '{{adGroupId}}' },
    ],
    description:
      'Lists the creatives of the ad group in {{adGroupId}}. Stores {{creativeId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'creativeId', from: '[0].creativeId' } }] },
    examples: [ok('200 OK: one creative', 200, [creative])],
  }),
  sdCreatives.update({
    name: 'Update creatives',
    example: [
      {
        properties: customImageProperties,
        creativeId: 880210367106070500,
      },
    ],
    description:
      'Changes the properties of creatives by id. Only the fields sent change; each item names the entity by id. Uses {{assetId}} (set in the environment or stored by an earlier request).',
    examples: [itemResults('207 Multi-Status: one creative updated', 207, 'creativeId', [sdIds.creativeId], plainJson)],
  }),
]);
