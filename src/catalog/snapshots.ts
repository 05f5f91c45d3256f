/**
 * Snapshots: whole-account entity exports for Sponsored Products, Display and Brands.
 */
import { folder, request } from './types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-products/2-0/openapi#/Snapshots';

export const snapshots = folder('Snapshots', `Snapshots export every entity of one record type as a file: request, poll the status, download.\n\n[Amazon Ads documentation](${docs})`, [
  folder('Sponsored Products', 'Version 2 snapshots of Sponsored Products entities.', [
    request({
      name: 'Request SP snapshot',
      method: 'POST',
      url: '{{api_url}}/v2/sp/:recordType/snapshot',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { recordType: 'campaigns' },
      body: { mode: 'raw', example: {} },
      description:
        'Asks for a file with every Sponsored Products entity of one record type (campaigns, adGroups, keywords, ...). The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{snapshotId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs,
      scripts: { test: [{ name: 'store-ids', params: { variable: 'snapshotId', from: 'snapshotId' } }] },
    }),
    request({
      name: 'SP snapshot status',
      method: 'GET',
      url: '{{api_url}}/v2/sp/snapshots/:snapshotId',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { snapshotId: '{{snapshotId}}' },
      description:
        'Reads the state of the snapshot in {{snapshotId}}; repeat until it reports SUCCESS.',
      docs,
    }),
    request({
      name: 'Download SP snapshot',
      method: 'GET',
      url: '{{api_url}}/v2/sp/snapshots/:snapshotId/download',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { snapshotId: '{{snapshotId}}' },
      description:
        'Fetches the finished snapshot file in {{snapshotId}}.',
      docs,
    }),
  ]),
  folder('Sponsored Display', 'Snapshots of Sponsored Display entities.', [
    request({
      name: 'Request SD snapshot',
      method: 'POST',
      url: '{{api_url}}/sd/:recordType/snapshot',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { recordType: 'campaigns' },
      body: { mode: 'raw', example: { tactic: 'T00030' } },
      description:
        'Asks for a file with every Sponsored Display entity of one record type. The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{snapshotId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi#/Snapshots',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'snapshotId', from: 'snapshotId' } }] },
    }),
    request({
      name: 'SD snapshot status',
      method: 'GET',
      url: '{{api_url}}/sd/snapshots/:snapshotId',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { snapshotId: '{{snapshotId}}' },
      description:
        'Reads the state of the snapshot in {{snapshotId}}; repeat until it reports SUCCESS.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi#/Snapshots',
    }),
    request({
      name: 'Download SD snapshot',
      method: 'GET',
      url: '{{api_url}}/sd/snapshots/:snapshotId/download',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { snapshotId: '{{snapshotId}}' },
      description:
        'Fetches the finished snapshot file in {{snapshotId}}.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi#/Snapshots',
    }),
  ]),
  folder('Sponsored Brands', 'Version 2 snapshots of Sponsored Brands entities.', [
    request({
      name: 'Request SB snapshot',
      method: 'POST',
      url: '{{api_url}}/v2/hsa/:recordType/snapshot',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { recordType: 'campaigns' },
      body: { mode: 'raw', example: {} },
      description:
        'Asks for a file with every Sponsored Brands entity of one record type. The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{snapshotId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/reference/sponsored-brands/2/snapshots',
      scripts: { test: [{ name: 'store-ids', params: { variable: 'snapshotId', from: 'snapshotId' } }] },
    }),
    request({
      name: 'SB snapshot status',
      method: 'GET',
      url: '{{api_url}}/v2/hsa/snapshots/:snapshotId',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { snapshotId: '{{snapshotId}}' },
      description:
        'Reads the state of the snapshot in {{snapshotId}}; repeat until it reports SUCCESS.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/reference/sponsored-brands/2/snapshots',
    }),
    request({
      name: 'Download SB snapshot',
      method: 'GET',
      url: '{{api_url}}/v2/hsa/snapshots/:snapshotId/download',
      headers: 'profile',
      contentType: 'json',
      pathVariables: { snapshotId: '{{snapshotId}}' },
      description:
        'Fetches the finished snapshot file in {{snapshotId}}.',
      docs: 'https://advertising.amazon.com/API/docs/en-us/reference/sponsored-brands/2/snapshots',
    }),
  ]),
]);
