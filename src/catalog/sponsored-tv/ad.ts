/**
 * Sponsored TV > Ad.
 */
import { folder } from '../types.js';
import { stAd } from './examples.js';
import { preferRepresentation, preferExtendedData } from '../headers.js';
import { stDocs, stResourceRequests } from './st-resource.js';

/** Update Ad points the ad at another product and pauses it. */
const adChanges = { landingPageType: 'ASIN_DP', landingPageValue: 'B0EXAMPLE7', state: 'PAUSED' };
const stAds = stResourceRequests({ noun: 'ad', entityKey: 'ads', itemKey: 'ad', idKey: 'adId' }, stAd, adChanges);

export const ad = folder('Ad', { description: 'Sponsored TV ads.', docs: stDocs }, [
  stAds.create({
    name: 'Create Ad',
    extraHeaders: [preferRepresentation],
    example: {
      ads: [
        {
          adGroupId: '{{adGroupId}}',
          state: 'ENABLED',
          landingPageType: 'ASIN_DP',
          landingPageValue: 'B0EXAMPLE6',
        },
      ],
    },
    description:
      'Creates Sponsored TV ads that lead to a product detail page. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{adGroupId}} (set in the environment or stored by an earlier request).',
  }),
  stAds.list({
    name: 'List Ad',
    extraHeaders: [preferExtendedData],
    description:
      'Lists Sponsored TV ads by id filter, with extended fields. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{adId}} (set in the environment or stored by an earlier request).',
  }),
  stAds.delete({
    name: 'Delete Ad',
    description:
      'Archives the Sponsored TV ads whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{adId}} (set in the environment or stored by an earlier request).',
  }),
  stAds.update({
    name: 'Update Ad',
    description:
      'Changes the landing page or state of Sponsored TV ads by id. Only the fields sent change; each item names the entity by id. Uses {{adId}} (set in the environment or stored by an earlier request).',
  }),
]);
