/**
 * Sponsored TV > Ad.
 */
import { folder } from '../types.js';
import { resourceRequests } from '../resource-requests.js';
import { stAd, stAnswers } from './examples.js';
import { preferRepresentation, preferExtendedData } from '../headers.js';

const answers = stAnswers({ noun: 'ad', entityKey: 'ads', itemKey: 'ad', idKey: 'adId' }, stAd, { landingPageValue: 'B0EXAMPLE7', state: 'PAUSED' });

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/sponsored-tv/overview';
const stAds = resourceRequests({ url: '{{api_url}}/st/ads', contentType: 'json', docs });

export const ad = folder('Ad', { description: 'Sponsored TV ads.', docs }, [
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
    examples: answers.created,
  }),
  stAds.list({
    name: 'List Ad',
    extraHeaders: [preferExtendedData],
    example: { adIdFilter: { include: ['{{adId}}'] } },
    description:
      'Lists Sponsored TV ads by id filter, with extended fields. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{adId}} (set in the environment or stored by an earlier request).',
    examples: answers.listed,
  }),
  stAds.delete({
    name: 'Delete Ad',
    example: { adIdFilter: { include: ['{{adId}}'] } },
    description:
      'Archives the Sponsored TV ads whose ids are in the filter. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{adId}} (set in the environment or stored by an earlier request).',
    examples: answers.deleted,
  }),
  stAds.update({
    name: 'Update Ad',
    example: {
      ads: [
        {
          adId: '{{adId}}',
          landingPageType: 'ASIN_DP',
          landingPageValue: 'B0EXAMPLE7',
          state: 'PAUSED',
        },
      ],
    },
    description:
      'Changes the landing page or state of Sponsored TV ads by id. Only the fields sent change; each item names the entity by id. Uses {{adId}} (set in the environment or stored by an earlier request).',
    examples: answers.updated,
  }),
]);
