/**
 * Sponsored Brands > Ad creatives: new creative versions for existing ads.
 */
import { folder, request, type Json, type RequestSpec } from '../types.js';
import { exampleIds, ok } from '../examples.js';
import { storeSpotlightSubpages } from './examples.js';
import { sbDocs as docs } from './sb-resource.js';

/** The creative formats, each added with POST /sb/ads/creatives/<format>. */
type CreativeFormat = 'storeSpotlight' | 'brandVideo' | 'productCollection' | 'productCollectionExtended' | 'video';

/**
 * Adds a new creative version of `format` to the ad in {{adId}}; `summary` says what the version holds.
 * The answer names the ad and the new version (version 2: the ad was created with version 1).
 */
function addCreativeVersion(name: string, format: CreativeFormat, summary: string, creative: { [key: string]: Json }): RequestSpec {
  return request({
    name,
    method: 'POST',
    url: `{{api_url}}/sb/ads/creatives/${format}`,
    headers: 'profile',
    accept: 'sbAdCreative',
    contentType: 'sbAdCreative',
    body: { mode: 'raw', example: { adId: '{{adId}}', creative } },
    description: `${summary} Uses {{adId}}, {{assetId}} (set in the environment or stored by an earlier request).`,
    docs,
    examples: [ok('200 OK: creative version 2 submitted for moderation', 200, { adId: exampleIds.adId, creativeVersion: '2' })],
  });
}

export const adCreatives = folder('Ad creatives', { description: 'New creative versions for existing Sponsored Brands ads.', docs }, [
  addCreativeVersion('Store spotlight', 'storeSpotlight', 'Adds a new store spotlight creative version (brand, logo, three store pages) to the ad in {{adId}}.', {
    brandName: 'Example Brand',
    subpages: storeSpotlightSubpages,
    consentToTranslate: false,
    brandLogoAssetId: '{{assetId}}',
    headline: 'Cold drinks for the whole day',
  }),
  addCreativeVersion('Brand video', 'brandVideo', 'Adds a new brand video creative version to the ad in {{adId}}.', {
    asins: ['B0EXAMPLE7'],
    brandLogoAssetId: '{{assetId}}',
    brandName: 'Example Brand',
    headline: 'Cold drinks for the whole day',
    consentToTranslate: false,
    videoAssetIds: ['{{assetId}}'],
  }),
  addCreativeVersion('Product collection', 'productCollection', 'Adds a new product collection creative version (logo, headline, products) to the ad in {{adId}}.', {
    asins: ['B0EXAMPLE7'],
    brandLogoAssetId: '{{assetId}}',
    brandName: 'Example Brand',
    headline: 'Cold drinks for the whole day',
  }),
  addCreativeVersion('Product collection Extended', 'productCollectionExtended', 'Adds a new extended product collection creative version, with image crops, to the ad in {{adId}}.', {
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
  }),
  addCreativeVersion('Video', 'video', 'Adds a new video creative version to the ad in {{adId}}.', { consentToTranslate: false, videoAssetIds: ['{{assetId}}'] }),
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
    examples: [
      ok('200 OK: the published version and a new one in moderation', 200, {
        creatives: [
          { adId: exampleIds.adId, creativeVersion: '2', creativeType: 'VIDEO', creativeStatus: 'SUBMITTED_FOR_MODERATION', creationTime: 1778198400000, lastUpdateTime: 1778198400000 },
          { adId: exampleIds.adId, creativeVersion: '1', creativeType: 'VIDEO', creativeStatus: 'PUBLISHED', creationTime: 1777593600000, lastUpdateTime: 1777680000000 },
        ],
      }),
    ],
  }),
]);
