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
    sends: ['adGroupId', 'campaignId', 'landingPageURL', 'landingPageType', 'state', 'adName'],
    description: 'Creates Sponsored Display ads: an ASIN or SKU, or a landing page for advertisers who do not sell on Amazon.',
  }),
  sdProductAds.list({
    name: 'Get product ads',
    description: 'Lists Sponsored Display product ads.',
  }),
]);
