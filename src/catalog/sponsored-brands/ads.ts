/**
 * Sponsored Brands > Ads (v4), one create request per ad format.
 */
import { folder, request, type Json, type RequestSpec } from '../types.js';
import { ok, multiStatusWithEntities, withExampleIds } from '../examples.js';
import { exampleStorePageUrl, sbAd, sbVideoAd, storeSpotlightSubpages, videoLandingPage } from './examples.js';
import { sbDocs as docs, sbResourceRequests } from './sb-resource.js';

const sbV4Ads = sbResourceRequests('v4/ads', 'sbAd');

/** The ad formats, each created with POST /sb/v4/ads/<format>. */
type AdFormat = 'productCollection' | 'productCollectionExtended' | 'video' | 'brandVideo' | 'storeSpotlight';

/** The creative type an answer shows for each format (the extended collection is still a product collection). */
const creativeTypes: Record<AdFormat, string> = {
  productCollection: 'PRODUCT_COLLECTION',
  productCollectionExtended: 'PRODUCT_COLLECTION',
  video: 'VIDEO',
  brandVideo: 'BRAND_VIDEO',
  storeSpotlight: 'STORE_SPOTLIGHT',
};

/**
 * Creates one ad of `format` in the ad group in {{adGroupId}}; the example sends one ad named
 * "Example ad" with the given landing page (if the format takes one) and creative, and the saved answer
 * shows that ad created (a store page unless the landing page says otherwise; a video ad's product page).
 */
function createAd(
  name: string,
  format: AdFormat,
  summary: string,
  ad: { landingPage?: { [key: string]: Json }; creative: { [key: string]: Json } },
): RequestSpec {
  return request({
    name,
    method: 'POST',
    url: `{{api_url}}/sb/v4/ads/${format}`,
    headers: 'profile',
    accept: 'sbAd',
    contentType: 'sbAd',
    body: {
      mode: 'raw',
      example: {
        ads: [
          {
            ...(ad.landingPage ? { landingPage: ad.landingPage } : {}),
            name: 'Example ad',
            state: 'ENABLED',
            adGroupId: '{{adGroupId}}',
            creative: ad.creative,
          },
        ],
      },
    },
    description: `${summary} Several items can go in one call; the answer reports success or an error per item, by index. Uses {{adGroupId}}, {{assetId}} (set in the environment or stored by an earlier request). Stores {{adId}} from the answer for later requests; an empty answer leaves it unset instead of failing.`,
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adId', from: 'ads.success[0].adId' } }] },
    examples: [
      multiStatusWithEntities('207 Multi-Status: one ad created', 'ads', 'ad', 'adId', [
        sbAd(
          withExampleIds({ type: creativeTypes[format], ...ad.creative }),
          ad.landingPage ? withExampleIds({ pageType: 'STORE', ...ad.landingPage }) : videoLandingPage,
        ),
      ]),
    ],
  });
}

export const ads = folder('Ads', { description: 'Sponsored Brands ads of each format: product collection, video, brand video, store spotlight.', docs }, [
  createAd('Create product collection ad', 'productCollection', 'Creates a product collection ad: logo, headline and three products leading to a store or a product list.', {
    landingPage: {
      pageType: 'STORE',
      url: exampleStorePageUrl,
    },
    creative: {
      brandLogoCrop: { top: 0, left: 0, width: 0, height: 0 },
      asins: ['B0EXAMPLE5', 'B0EXAMPLE6', 'B0EXAMPLE7'],
      brandName: 'Example Brand',
      customImageAssetId: '{{assetId}}',
      customImageCrop: { top: 0, left: 0, width: 1200, height: 630 },
      brandLogoAssetID: '{{assetId}}',
      headline: 'Cold drinks for the whole day',
    },
  }),
  createAd('Create product collection extended', 'productCollectionExtended', 'Creates a product collection ad with more products and custom images.', {
    landingPage: {
      asins: ['B0EXAMPLE8', 'B0EXAMPLE9', 'B0EXAMPLE1', 'B0EXAMPLE2', 'B0EXAMPLE3'],
      pageType: 'PRODUCT_LIST',
    },
    creative: {
      brandLogoCrop: { height: 768, left: 0, top: 0, width: 768 },
      asins: ['B0EXAMPLE1', 'B0EXAMPLE2', 'B0EXAMPLE3'],
      brandName: 'Example Brand',
      customImages: [
        {
          assetId: '{{assetId}}',
          crop: { height: 628, left: 0, top: 0, width: 1200 },
          url: 'https://m.media-amazon.com/images/S/sample.jpeg',
        },
      ],
      consentToTranslate: false,
      brandLogoAssetID: '{{assetId}}',
      headline: 'Cold drinks for the whole day',
    },
  }),
  createAd('Create video ad', 'video', 'Creates a video ad for one product from a video in the creative asset library.', {
    creative: { asins: ['B0EXAMPLE4'], videoAssetIds: ['{{assetId}}'] },
  }),
  createAd('Create brand video ad', 'brandVideo', 'Creates a brand video ad that leads to a store page or several products.', {
    landingPage: {
      pageType: 'STORE',
      url: exampleStorePageUrl,
    },
    creative: {
      asins: ['B0EXAMPLE7'],
      videoAssetIds: ['{{assetId}}'],
      brandName: 'Example Brand',
      brandLogoAssetID: 'amzn1.assetlibrary.xxxxxx',
      headline: 'Cold drinks for the whole day',
    },
  }),
  createAd('Create store spotlight ad', 'storeSpotlight', 'Creates a store spotlight ad that shows three pages of your Amazon Store.', {
    landingPage: { url: exampleStorePageUrl },
    creative: {
      brandName: 'Example Brand',
      subpages: storeSpotlightSubpages,
      brandLogoAssetID: '{{assetId}}',
      headline: 'Cold drinks for the whole day',
    },
  }),
  request({
    name: 'List ads',
    method: 'POST',
    url: '{{api_url}}/sb/v4/ads/list',
    headers: 'profile',
    accept: 'sbAd',
    description:
      'Lists version 4 Sponsored Brands ads; filters and paging go in the body. Filters go in the body; a `nextToken` in the answer means more pages follow. Stores {{adId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adId', from: 'ads[0].adId' } }] },
    examples: [ok('200 OK: one ad', 200, { ads: [sbVideoAd()], totalResults: 1 })],
  }),
  sbV4Ads.update({
    name: 'Update ads',
    example: {
      ads: [
        { adId: '{{adId}}', name: 'Example ad', state: 'PAUSED' },
      ],
    },
    description: 'Renames, pauses or enables ads by id.',
    examples: [multiStatusWithEntities('207 Multi-Status: ad paused', 'ads', 'ad', 'adId', [sbVideoAd({ state: 'PAUSED' })])],
  }),
  sbV4Ads.delete({
    name: 'Delete ads',
    example: { adIdFilter: { include: ['{{adId}}'] } },
    description: 'Archives the ads whose ids are in the filter.',
    examples: [multiStatusWithEntities('207 Multi-Status: ad archived', 'ads', 'ad', 'adId', [sbVideoAd({ state: 'ARCHIVED' })])],
  }),
]);
