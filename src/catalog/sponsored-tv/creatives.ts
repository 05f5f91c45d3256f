/**
 * Sponsored TV > Creatives.
 */
import { folder, request } from '../types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/sponsored-tv/overview';

export const creatives = folder('Creatives', `Sponsored TV video creatives and their moderation results.\n\n[Amazon Ads documentation](${docs})`, [
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
      'Creates Creatives (Sponsored TV). Several items can go in one call; the answer reports success or an error per item, by index. Uses {{adGroupId}}, {{assetId}} (set in the environment or stored by an earlier request).',
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
      'Lists Creatives (Sponsored TV). Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{creativeId}} (set in the environment or stored by an earlier request).',
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
      'Lists Creatives Moderation (Sponsored TV). Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{creativeId}} (set in the environment or stored by an earlier request).',
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
      'Lists Creatives Moderations Policy Violations (Sponsored TV). Filters go in the body; a `nextToken` in the answer means more pages follow. Uses {{creativeId}} (set in the environment or stored by an earlier request).',
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
      'Renders a preview of Creatives (Sponsored TV). Uses {{creativeId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
]);
