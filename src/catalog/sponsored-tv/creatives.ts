/**
 * Sponsored TV > Creatives.
 */
import { folder, request } from '../types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/sponsored-tv/overview';

export const creatives = folder('Creatives', { description: 'Sponsored TV video creatives and their moderation results.', docs }, [
  request({
    name: 'Create Creatives',
    method: 'POST',
    url: '{{api_url}}/st/creatives',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        creatives: [
          {
            assetVersion: 'version_v1',
            adGroupId: '{{adGroupId}}',
            assetId: '{{assetId}}',
          },
        ],
      },
    },
    description:
      'Attaches a video from the creative asset library to a Sponsored TV ad group. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{adGroupId}}, {{assetId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'List Creatives',
    method: 'POST',
    url: '{{api_url}}/st/creatives/list',
    headers: 'profile',
    contentType: 'json',
    body: { mode: 'raw', example: { creativeIdFilter: { include: ['{{creativeId}}'] } } },
    description:
      'Lists Sponsored TV creatives by id filter. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{creativeId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'List Creatives Moderation',
    method: 'POST',
    url: '{{api_url}}/st/creatives/moderations/list',
    headers: 'profile',
    contentType: 'json',
    body: { mode: 'raw', example: { creativeIdFilter: { include: ['{{creativeId}}'] } } },
    description:
      'Shows the moderation status of Sponsored TV creatives. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{creativeId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'List Creatives Moderations Policy Violations',
    method: 'POST',
    url: '{{api_url}}/st/creatives/moderations/policyViolations/list',
    headers: 'profile',
    contentType: 'json',
    body: { mode: 'raw', example: { creativeIdFilter: { include: ['{{creativeId}}'] } } },
    description:
      'Lists the policy violations moderation found in Sponsored TV creatives. Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{creativeId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
  request({
    name: 'Preview Creatives',
    method: 'POST',
    url: '{{api_url}}/st/creatives/preview',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        creativeId: '{{creativeId}}',
        previewConfiguration: { callToAction: 'SHOP_NOW', asin: 'B0EXAMPLE8' },
      },
    },
    description:
      'Renders a preview of a Sponsored TV creative with a call to action and product. Uses {{creativeId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
]);
