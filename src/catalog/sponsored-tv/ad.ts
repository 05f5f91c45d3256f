/**
 * Sponsored TV > Ad.
 */
import { folder } from '../types.js';
import { stAd } from './examples.js';
import { preferRepresentation, preferExtendedData } from '../headers.js';
import { stDocs, stResourceRequests } from './st-resource.js';

/** Update Ad points the ad at another product and pauses it. */
const adChanges = { landingPageType: 'ASIN_DP', landingPageValue: 'B0EXAMPLE7', state: 'PAUSED' };
const stAds = stResourceRequests({ noun: 'ad', entityKey: 'ads', itemKey: 'ad', idKey: 'adId', mediaType: 'stAd' }, stAd, adChanges);

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
    description: 'Creates Sponsored TV ads that lead to a product detail page.',
  }),
  stAds.list({
    name: 'List Ad',
    extraHeaders: [preferExtendedData],
    description: 'Lists Sponsored TV ads by id filter, with extended fields.',
  }),
  stAds.delete({
    name: 'Delete Ad',
    description: 'Archives the Sponsored TV ads whose ids are in the filter.',
  }),
  stAds.update({
    name: 'Update Ad',
    description: 'Changes the landing page or state of Sponsored TV ads by id.',
  }),
]);
