/**
 * Sponsored Display > Creatives.
 */
import { asNumber } from '../number-variable.js';
import { folder } from '../types.js';
import { itemResults, plainJson, withExampleIds } from '../examples.js';
import { sdCreative, sdIds } from './examples.js';
import { sdDocs, sdResourceRequests } from './sd-resource.js';

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

const sdCreatives = sdResourceRequests({ path: 'creatives', noun: 'creative', idKey: 'creativeId', entity: creative, storesId: true });

export const creatives = folder('Creatives', { description: 'Custom creatives of Sponsored Display ad groups.', docs: sdDocs }, [
  sdCreatives.create({
    name: 'Add creatives',
    example: [
      {
        adGroupId: asNumber('adGroupId'),
        properties: customImageProperties,
      },
    ],
    description: 'Adds custom creatives (headline, logo, image or video) to an ad group.',
    examples: [itemResults('207 Multi-Status: one creative added', 207, 'creativeId', [sdIds.creativeId], plainJson)],
  }),
  sdCreatives.list({
    name: 'List creatives',
    accept: 'json',
    query: [
      { key: 'adGroupIdFilter', value: '{{adGroupId}}' },
    ],
    description: 'Lists the creatives of the ad group in {{adGroupId}}.',
  }),
  sdCreatives.update({
    name: 'Update creatives',
    example: [
      {
        properties: customImageProperties,
        creativeId: 880210367106070500,
      },
    ],
    description: 'Changes the properties of creatives by id.',
    examples: [itemResults('207 Multi-Status: one creative updated', 207, 'creativeId', [sdIds.creativeId], plainJson)],
  }),
]);
