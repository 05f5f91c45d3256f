/**
 * Creative asset library: upload, register and search images and videos.
 */
import { folder, request } from './types.js';

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
  }),
  request({
    name: 'Upload file',
    method: 'PUT',
    url: '{{uploadUrl}}',
    headers: 'none',
    description:
      'Uploads the file to the pre-signed URL that "Create URL" stored in {{uploadUrl}}. In Postman choose Body > binary and pick the file; the URL expires after a short time, so upload right after creating it. No Amazon Ads headers: the URL itself carries the permission.',
    docs,
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
  }),
]);
