/**
 * Sponsored Products > Product ads (v3).
 */
import { folder } from '../types.js';
import { spResourceRequests, spV3Docs } from './v3-resource.js';
import { spExamples } from './examples.js';
import { preferRepresentation } from '../headers.js';

const spProductAds = spResourceRequests({ url: '{{api_url}}/sp/productAds', mediaType: 'spProductAd', listKey: 'productAds', id: 'adId' });

export const productAds = folder('Product ads', { description: 'The advertised products (ASIN or SKU) of an ad group.', docs: spV3Docs }, [
  spProductAds.list({
    name: 'List product ads',
    description: 'Lists the advertised products, filtered by campaign, ad group, ad id or state.',
    examples: spExamples.productAds.list,
  }),
  spProductAds.create({
    name: 'Create product ads',
    extraHeaders: [preferRepresentation],
    entity: {
      campaignId: '{{campaignId}}',
      state: 'ENABLED',
      asin: 'B0EXAMPLE1',
      adGroupId: '{{adGroupId}}',
    },
    description: 'Advertises products in an ad group: an ASIN (vendors) or a SKU (sellers) per ad.',
    examples: spExamples.productAds.createWithEntity,
  }),
  spProductAds.update({
    name: 'Update product ad',
    extraHeaders: [preferRepresentation],
    changes: { state: 'PAUSED' },
    description: 'Pauses, enables or archives product ads by id.',
    examples: spExamples.productAds.updateWithEntity,
  }),
  spProductAds.delete({
    name: 'Delete product ads',
    extraHeaders: [preferRepresentation],
    description: 'Archives the product ads whose ids are in the filter.',
    examples: spExamples.productAds.delete,
  }),
]);
