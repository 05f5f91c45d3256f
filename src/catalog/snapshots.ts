/**
 * Snapshots: whole-account entity exports for Sponsored Products, Display and Brands.
 */
import { folder, request, type ExampleResponse, type Json, type RequestSpec } from './types.js';
import { exampleIds, moreExampleIds, ok, plainJson } from './examples.js';
import { sdCampaign } from './sponsored-display/examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/sponsored-products/2-0/openapi#/Snapshots';

/**
 * Request a snapshot, poll its status, download it: the same three requests for each ad product, under
 * its own path prefix (Sponsored Brands keeps its old `hsa` name). `entities` says what the file holds.
 * The saved answers: the request is taken (`accepted`: 200 or 202, as the ad product answers), the status
 * in progress and done, and the file: `campaign`, the ad product's campaign as its snapshot lists it.
 */
function snapshotRequests(ad: {
  label: 'SP' | 'SD' | 'SB';
  prefix: '/v2/sp' | '/sd' | '/v2/hsa';
  entities: string;
  example: Json;
  docs: string;
  accepted: 200 | 202;
  /** The status a status read answers with (the SD spec says 202 until and after the file is ready). */
  statusRead?: 202;
  campaign: { [key: string]: Json };
}): RequestSpec[] {
  const snapshotId = moreExampleIds.snapshotId;
  const readStatus = ad.statusRead === 202 ? '202 Accepted' : '200 OK';
  const progress = (name: string, status: number, state: { [key: string]: Json }): ExampleResponse =>
    ok(name, status, { snapshotId, ...state }, plainJson);
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
      examples: [progress(`${ad.accepted === 202 ? '202 Accepted' : '200 OK'}: snapshot requested`, ad.accepted, { recordType: 'campaigns', status: 'IN_PROGRESS' })],
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
      examples: [
        progress(`${readStatus}: still in progress`, ad.statusRead ?? 200, { status: 'IN_PROGRESS', statusDetails: 'The snapshot is being generated.' }),
        progress(`${readStatus}: ready to download`, ad.statusRead ?? 200, {
          status: 'SUCCESS',
          statusDetails: 'The snapshot file is ready.',
          location: `https://advertising-api.amazon.com${ad.prefix}/snapshots/${snapshotId}/download`,
          fileSize: 2048,
          expiration: 1778198400000,
        }),
      ],
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
      examples: [ok('200 OK: the file, one campaign', 200, [ad.campaign], plainJson)],
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
      accepted: 202,
      campaign: {
        campaignId: Number(exampleIds.campaignId),
        name: 'Example campaign',
        campaignType: 'sponsoredProducts',
        targetingType: 'manual',
        premiumBidAdjustment: true,
        dailyBudget: 10,
        startDate: '20260301',
        state: 'enabled',
        bidding: { strategy: 'legacyForSales', adjustments: [{ predicate: 'placementTop', percentage: 20 }] },
      },
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
      accepted: 202,
      statusRead: 202,
      campaign: sdCampaign,
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
      accepted: 200,
      campaign: {
        campaignId: Number(exampleIds.campaignId),
        name: 'Example campaign',
        budget: 10,
        budgetType: 'daily',
        startDate: '20260301',
        state: 'enabled',
        servingStatus: 'running',
        brandEntityId: moreExampleIds.brandEntityId,
      },
    }),
  ),
]);
