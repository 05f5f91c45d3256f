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
    description:
      'Lists the advertised products, filtered by campaign, ad group, ad id or state. Filters go in the body; a `nextToken` in the answer means more pages follow. Stores {{adId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
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
    description:
      'Advertises products in an ad group: an ASIN (vendors) or a SKU (sellers) per ad. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{campaignId}}, {{adGroupId}} (set in the environment or stored by an earlier request). Stores {{adId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    examples: spExamples.productAds.createWithEntity,
  }),
  spProductAds.update({
    name: 'Update product ad',
    extraHeaders: [preferRepresentation],
    changes: { state: 'PAUSED' },
    description:
      'Pauses, enables or archives product ads by id. Only the fields sent change; each item names the entity by id. Uses {{adId}} (set in the environment or stored by an earlier request).',
    examples: spExamples.productAds.updateWithEntity,
  }),
  spProductAds.delete({
    name: 'Delete product ads',
    extraHeaders: [preferRepresentation],
    description:
      'Archives the product ads whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{adId}} (set in the environment or stored by an earlier request).',
    examples: spExamples.productAds.delete,
  }),
]);
