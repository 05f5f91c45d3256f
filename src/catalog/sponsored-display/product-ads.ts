/**
 * Sponsored Display > Product ads.
 */
import { folder } from '../types.js';
import { sdProductAd } from './examples.js';
import { sdDocs, sdResourceRequests } from './sd-resource.js';

const sdProductAds = sdResourceRequests({ path: 'productAds', noun: 'product ad', idKey: 'adId', entity: sdProductAd, storesId: true });

export const productAds = folder('Product ads', { description: 'Sponsored Display product ads.', docs: sdDocs }, [
  sdProductAds.create({
    name: 'Create product ads',
    example: [
      {
        adGroupId: '{{adGroupId}}',
        campaignId: '{{campaignId}}',
        landingPageURL: 'https://www.myurl.com',
        landingPageType: 'OFF_AMAZON_LINK',
        state: 'enabled',
        adName: 'Example ad',
      },
    ],
    description:
      'Creates Sponsored Display ads: an ASIN or SKU, or a landing page for advertisers who do not sell on Amazon. Send one object per entity; the answer has one result per item, in order. Uses {{adGroupId}}, {{campaignId}} (set in the environment or stored by an earlier request). Stores {{adId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
  }),
  sdProductAds.list({
    name: 'Get product ads',
    description:
      'Lists Sponsored Display product ads. Stores {{adId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
  }),
]);
