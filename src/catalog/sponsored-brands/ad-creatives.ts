/**
 * Sponsored Brands > Ad creatives: new creative versions for existing ads.
 */
import { folder, request } from '../types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-brands/3-0/openapi/prod';

export const adCreatives = folder('Ad creatives', `New creative versions for existing Sponsored Brands ads.\n\n[Amazon Ads documentation](${docs})`, [
  request({
    name: 'Store spotlight',
    method: 'POST',
    url: '{{api_url}}/sb/ads/creatives/storeSpotlight',
    headers: 'profile',
    accept: 'sbAdCreative',
    contentType: 'sbAdCreative',
    body: {
      mode: 'raw',
      example: {
        adId: '{{adId}}',
        creative: {
          brandName: 'Example Brand',
          subpages: [
            {
              pageTitle: 'Bottles',
              asin: 'B0EXAMPLE4',
              url: 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE',
            },
            {
              pageTitle: 'Bottles',
              asin: 'B0EXAMPLE5',
              url: 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE',
            },
            {
              pageTitle: 'Bottles',
              asin: 'B0EXAMPLE6',
              url: 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE',
            },
          ],
          consentToTranslate: false,
          brandLogoAssetId: '{{assetId}}',
          headline: 'Cold drinks for the whole day',
        },
      },
    },
    description:
      'Adds a new store spotlight creative version (brand, logo, three store pages) to the ad in {{adId}}. Uses {{adId}}, {{assetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Brand video',
    method: 'POST',
    url: '{{api_url}}/sb/ads/creatives/brandVideo',
    headers: 'profile',
    accept: 'sbAdCreative',
    contentType: 'sbAdCreative',
    body: {
      mode: 'raw',
      example: {
        adId: '{{adId}}',
        creative: {
          asins: ['B0EXAMPLE7'],
          brandLogoAssetID: '{{assetId}}',
          brandName: 'Example Brand',
          headline: 'Cold drinks for the whole day',
          consentToTranslate: false,
          videoAssetIds: ['{{assetId}}'],
        },
      },
    },
    description:
      'Adds a new brand video creative version to the ad in {{adId}}. Uses {{adId}}, {{assetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Product collection',
    method: 'POST',
    url: '{{api_url}}/sb/ads/creatives/productCollection',
    headers: 'profile',
    accept: 'sbAdCreative',
    contentType: 'sbAdCreative',
    body: {
      mode: 'raw',
      example: {
        adId: '{{adId}}',
        creative: {
          asins: ['B0EXAMPLE7'],
          brandLogoAssetID: '{{assetId}}',
          brandName: 'Example Brand',
          headline: 'Cold drinks for the whole day',
        },
      },
    },
    description:
      'Adds a new product collection creative version (logo, headline, products) to the ad in {{adId}}. Uses {{adId}}, {{assetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Product collection Extended',
    method: 'POST',
    url: '{{api_url}}/sb/ads/creatives/productCollectionExtended',
    headers: 'profile',
    accept: 'sbAdCreative',
    contentType: 'sbAdCreative',
    body: {
      mode: 'raw',
      example: {
        adId: '{{adId}}',
        creative: {
          asins: ['B0EXAMPLE9', 'B0EXAMPLE1', 'B0EXAMPLE2'],
          brandLogoAssetId: '{{assetId}}',
          brandLogoCrop: { height: 768, left: 0, top: 0, width: 768 },
          brandLogoUrl: 'https://m.media-amazon.com/images/S/example.png',
          brandName: 'Example Brand',
          customImages: [
            {
              assetId: '{{assetId}}',
              crop: { height: 628, left: 0, top: 0, width: 1200 },
              url: 'https://m.media-amazon.com/images/S/example.png',
            },
          ],
          headline: 'Cold drinks for the whole day',
          landingPage: { type: 'PRODUCT_LIST', asins: ['B0EXAMPLE9', 'B0EXAMPLE1', 'B0EXAMPLE2'] },
        },
      },
    },
    description:
      'Adds a new extended product collection creative version, with image crops, to the ad in {{adId}}. Uses {{adId}}, {{assetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Video',
    method: 'POST',
    url: '{{api_url}}/sb/ads/creatives/video',
    headers: 'profile',
    accept: 'sbAdCreative',
    contentType: 'sbAdCreative',
    body: {
      mode: 'raw',
      example: {
        adId: '{{adId}}',
        creative: { consentToTranslate: false, videoAssetIds: ['{{assetId}}'] },
      },
    },
    description:
      'Adds a new video creative version to the ad in {{adId}}. Uses {{adId}}, {{assetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'List ad creatives',
    method: 'POST',
    url: '{{api_url}}/sb/ads/creatives/list',
    headers: 'profile',
    accept: 'sbAdCreative',
    contentType: 'sbAdCreative',
    body: { mode: 'raw', example: { adId: '{{adId}}' } },
    description:
      'Lists the creative versions of the ad in {{adId}} with their moderation status. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{adId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
]);
