/**
 * Sponsored Display > Product ads.
 */
import { folder, request } from '../types.js';
import { resourceRequests } from '../resource-requests.js';
import { sdAnswers, sdProductAd } from './examples.js';

const answers = sdAnswers('product ad', 'adId', sdProductAd);

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi';
const sdProductAds = resourceRequests({ url: '{{api_url}}/sd/productAds', contentType: 'json', docs });

export const productAds = folder('Product ads', { description: 'Sponsored Display product ads.', docs }, [
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
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adId', from: '[0].adId' } }] },
    examples: answers.created,
  }),
  request({
    name: 'Get product ads',
    method: 'GET',
    url: '{{api_url}}/sd/productAds',
    headers: 'profile',
    description:
      'Lists Sponsored Display product ads. Stores {{adId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'adId', from: '[0].adId' } }] },
    examples: answers.listed,
  }),
]);
