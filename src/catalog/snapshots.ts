/**
 * Snapshots: whole-account entity exports for Sponsored Products, Display and Brands.
 */
import { folder, request, type Json, type RequestSpec } from './types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-products/2-0/openapi#/Snapshots';

/**
 * Request a snapshot, poll its status, download it: the same three requests for each ad product, under
 * its own path prefix (Sponsored Brands keeps its old `hsa` name). `entities` says what the file holds.
 */
function snapshotRequests(ad: {
  label: 'SP' | 'SD' | 'SB';
  prefix: '/v2/sp' | '/sd' | '/v2/hsa';
  entities: string;
  example: Json;
  docs: string;
}): RequestSpec[] {
  return [
    request({
      name: `Request ${ad.label} snapshot`,
      method: 'POST',
      url: `{{api_url}}${ad.prefix}/:recordType/snapshot`,
      headers: 'profile',
      contentType: 'json',
      pathVariables: { recordType: 'campaigns' },
      body: { mode: 'raw', example: ad.example },
      description: `Asks for a file with every ${ad.entities}. The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{snapshotId}} from the answer for later requests; an empty answer leaves it unset instead of failing.`,
      docs: ad.docs,
      scripts: { test: [{ name: 'store-ids', params: { variable: 'snapshotId', from: 'snapshotId' } }] },
    }),
    request({
      name: `${ad.label} snapshot status`,
      method: 'GET',
      url: `{{api_url}}${ad.prefix}/snapshots/:snapshotId`,
      headers: 'profile',
      contentType: 'json',
      pathVariables: { snapshotId: '{{snapshotId}}' },
      description: 'Reads the state of the snapshot in {{snapshotId}}; repeat until it reports SUCCESS.',
      docs: ad.docs,
    }),
    request({
      name: `Download ${ad.label} snapshot`,
      method: 'GET',
      url: `{{api_url}}${ad.prefix}/snapshots/:snapshotId/download`,
      headers: 'profile',
      contentType: 'json',
      pathVariables: { snapshotId: '{{snapshotId}}' },
      description: 'Fetches the finished snapshot file in {{snapshotId}}.',
      docs: ad.docs,
    }),
  ];
}

export const snapshots = folder('Snapshots', { description: 'Snapshots export every entity of one record type as a file: request, poll the status, download.', docs }, [
  folder(
    'Sponsored Products',
    'Version 2 snapshots of Sponsored Products entities.',
    snapshotRequests({
      label: 'SP',
      prefix: '/v2/sp',
      entities: 'Sponsored Products entity of one record type (campaigns, adGroups, keywords, ...)',
      example: {},
      docs,
    }),
  ),
  folder(
    'Sponsored Display',
    'Snapshots of Sponsored Display entities.',
    snapshotRequests({
      label: 'SD',
      prefix: '/sd',
      entities: 'Sponsored Display entity of one record type',
      example: { tactic: 'T00030' },
      docs: 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi#/Snapshots',
    }),
  ),
  folder(
    'Sponsored Brands',
    'Version 2 snapshots of Sponsored Brands entities.',
    snapshotRequests({
      label: 'SB',
      prefix: '/v2/hsa',
      entities: 'Sponsored Brands entity of one record type',
      example: {},
      docs: 'https://advertising.amazon.com/API/docs/en-us/reference/sponsored-brands/2/snapshots',
    }),
  ),
]);
