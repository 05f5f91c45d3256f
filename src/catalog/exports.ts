/**
 * Exports: files of all campaigns, ad groups, targets or ads.
 */
import { folder, request, type RequestSpec } from './types.js';
import type { MediaTypeKey } from './media-types.js';
import { dataExampleIds, ok } from './examples.js';

const { exportId } = dataExampleIds;

/** Every export request answers 202 with the id to poll; the file is made in the background. */
const exportStarted = [ok('202 Accepted: export processing', 202, { exportId, status: 'PROCESSING' })];

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/exports/overview';

/** One "Request <entity> export" request: POST {{api_url}}/<path>/export with the ad products to include. */
function exportRequest(entity: 'campaign' | 'ad group' | 'target' | 'ad', path: 'campaigns' | 'adGroups' | 'targets' | 'ads', media: MediaTypeKey): RequestSpec {
  return request({
    name: `Request ${entity} export`,
    method: 'POST',
    url: `{{api_url}}/${path}/export`,
    headers: 'profile',
    accept: media,
    contentType: media,
    body: {
      mode: 'raw',
      example: {
        adProductFilter: ['SPONSORED_BRANDS', 'SPONSORED_PRODUCTS', 'SPONSORED_DISPLAY'],
      },
    },
    description: `Asks for a file with every ${entity} of the chosen ad products. The work runs asynchronously: poll the status request until it is done, then fetch the file. Stores {{exportId}} from the answer for later requests; an empty answer leaves it unset instead of failing.`,
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'exportId', from: 'exportId' } }] },
    examples: exportStarted,
  });
}

export const exportsFolder = folder('Exports', { description: 'Exports of all campaigns, ad groups, targets or ads as a file; poll the export until it is ready.', docs }, [
  exportRequest('campaign', 'campaigns', 'campaignsExport'),
  exportRequest('ad group', 'adGroups', 'adGroupsExport'),
  exportRequest('target', 'targets', 'targetsExport'),
  exportRequest('ad', 'ads', 'adsExport'),
  request({
    name: 'Exports status',
    method: 'GET',
    url: '{{api_url}}/exports/{{exportId}}',
    headers: 'profile',
    accept: 'targetsExport',
    contentType: 'targetsExport',
    description:
      'Reads the state of the export in {{exportId}}; when COMPLETED the answer holds the download URL. Uses {{exportId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: [
      ok('200 OK: export ready to download', 200, {
        exportId,
        status: 'COMPLETED',
        url: `https://example-exports.s3.amazonaws.com/TARGET/${exportId}.json.gz`,
        fileSize: 2048,
        createdAt: '2026-01-15T09:00:00.000Z',
        generatedAt: '2026-01-15T09:00:40.000Z',
        urlExpiresAt: '2026-01-15T10:00:40.000Z',
      }),
      ok('200 OK: export failed', 200, {
        exportId,
        status: 'FAILED',
        createdAt: '2026-01-15T09:00:00.000Z',
        error: { errorCode: 'INTERNAL_ERROR', message: 'The export could not be generated; request a new one.' },
      }),
      {
        name: '406 Not Acceptable: Accept is not the type the export was requested with',
        status: 406,
        contentType: 'json',
        body: { message: 'Read this export with the Accept header of the request that created it.' },
      },
    ],
  }),
]);
