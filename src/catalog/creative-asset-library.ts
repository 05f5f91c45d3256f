/**
 * Creative asset library: upload, register and search images and videos.
 */
import { folder, request, type Json } from './types.js';
import { dataExampleIds, exampleIds, ok } from './examples.js';

const { assetId, marketplaceId } = dataExampleIds;
const logoAssetId = 'amzn1.assetlibrary.asset1.example00000002';
const assetHost = 'https://example-asset-library.s3.amazonaws.com';

/** What the library knows about a stored file. */
function fileMetadata(kind: 'video' | 'logo'): Json {
  return kind === 'video'
    ? { contentType: 'mp4', extension: 'MP4', sizeInBytes: 18874368, width: 1920, height: 1080, aspectRatio: '16:9', durationInSeconds: 15 }
    : { contentType: 'image/png', extension: 'PNG', sizeInBytes: 320, width: 400, height: 400, aspectRatio: '1:1', durationInSeconds: 0 };
}

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/creative-asset-library/overview';

export const creativeAssetLibrary = folder('Creative asset library', { description: 'Upload images and videos once and reuse them across ads.', docs }, [
  request({
    name: 'Create URL',
    method: 'POST',
    url: '{{api_url}}/assets/upload',
    headers: 'profile',
    contentType: 'json',
    body: { mode: 'raw', example: { filename: 'example-video.mp4' } },
    description:
      'Asks for a pre-signed URL to upload one image or video file to. Stores {{uploadUrl}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'uploadUrl', from: 'url' } }] },
    examples: [
      ok('200 OK: upload URL (expires in minutes)', 200, { url: `${assetHost}/uploads/example-video.mp4?X-Amz-Expires=900&X-Amz-Signature=EXAMPLESIGNATURE` }, { contentType: 'creativeAssetsUploadResponse' }),
    ],
  }),
  request({
    name: 'Upload file',
    method: 'PUT',
    url: '{{uploadUrl}}',
    headers: 'none',
    description:
      'Uploads the file to the pre-signed URL that "Create URL" stored in {{uploadUrl}}. In Postman choose Body > binary and pick the file; the URL expires after a short time, so upload right after creating it. No Amazon Ads headers: the URL itself carries the permission.',
    docs,
    examples: [ok('200 OK: file stored (empty answer)', 200, undefined, { headers: [{ key: 'ETag', value: '"0123456789abcdef0123456789abcdef"' }] })],
  }),
  request({
    name: 'Register asset',
    method: 'POST',
    url: '{{api_url}}/assets/register',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        url: '{{uploadUrl}}',
        name: 'Example creative asset library',
        asinList: ['B0EXAMPLE4', 'B0EXAMPLE4', 'B0EXAMPLE5'],
        assetType: 'VIDEO',
        assetSubTypeList: ['BACKGROUND_VIDEO'],
        associatedSubEntityList: [
          { brandEntityId: '{{brandEntityId}}' },
        ],
      },
    },
    description:
      'Registers the uploaded file as an asset (type, name, ASINs, brand) so ads can use it. Uses {{uploadUrl}}, {{brandEntityId}} (set in the environment or stored by an earlier request). Stores {{assetId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'assetId', from: 'assetId' } }] },
    examples: [ok('200 OK: asset registered, all specification checks passed', 200, { assetId, versionId: 'version_v1', failedSpecChecks: [] }, { contentType: 'creativeAssetsRegisterResponse' })],
  }),
  request({
    name: 'Assets',
    method: 'GET',
    url: '{{api_url}}/assets',
    headers: 'profile',
    query: [
      { key: 'assetId', value: '{{assetId}}' },
    ],
    description:
      'Reads the asset in {{assetId}} and its versions.',
    docs,
    examples: [
      ok('200 OK: the video asset and its version', 200, {
        assetGlobal: { assetId, assetType: 'VIDEO', accountIds: [`ADVERTISER:${exampleIds.entityId}`], marketplaceId: [marketplaceId] },
        assetVersionList: [
          {
            assetIdentifier: { assetId, version: 'version_v1' },
            name: 'example-video.mp4',
            assetStatus: 'ACTIVE',
            assetSubTypes: ['BACKGROUND_VIDEO'],
            url: `${assetHost}/${assetId}/example-video.mp4`,
            fileMetadata: fileMetadata('video'),
            creationTime: 1768467600000,
            failedSpecChecks: [],
          },
        ],
      }, { contentType: 'creativeAssetsGetResponse' }),
    ],
  }),
  request({
    name: 'Assets search',
    method: 'POST',
    url: '{{api_url}}/assets/search',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        filterCriteria: {
          valueFilters: [
            { valueField: 'ASSET_TYPE', values: ['IMAGE'] },
          ],
          rangeFilters: [
            {
              rangeField: 'SIZE',
              range: [
                { start: '1', end: '500' },
              ],
            },
          ],
        },
        sortCriteria: { field: 'CREATED_TIME', order: 'DESC' },
      },
    },
    description:
      'Searches assets by type, size, name or date, sorted as asked.',
    docs,
    examples: [
      ok('200 OK: one image', 200, {
        assetList: [
          {
            assetId: logoAssetId,
            version: 'version_v1',
            name: 'example-logo.png',
            assetType: 'IMAGE',
            assetSubTypeList: ['LOGO'],
            status: 'ACTIVE',
            associatedAccountIds: [`ADVERTISER:${exampleIds.entityId}`],
            marketplaces: [marketplaceId],
            fileMetadata: fileMetadata('logo'),
            storageLocationUrls: { defaultUrl: `${assetHost}/${logoAssetId}/example-logo.png` },
            creationTime: 1768381200000,
          },
        ],
        totalRecords: 1,
      }, { contentType: 'creativeAssetsSearchResponse' }),
    ],
  }),
]);
