/**
 * Sponsored TV > Creatives.
 */
import { folder, request } from '../types.js';
import { exampleIds, moreExampleIds, ok } from '../examples.js';
import { stCreative } from './examples.js';
import { idFilterBody, resourceRequests } from '../resource-requests.js';
import { stDocs as docs, stResourceRequests } from './st-resource.js';

const exampleVideoUrl = 'https://m.media-amazon.com/images/S/example-video.mp4';

const stCreatives = stResourceRequests({ noun: 'creative', entityKey: 'creatives', itemKey: 'creative', idKey: 'creativeId', mediaType: 'stCreative' }, stCreative);
/** Moderation results and their policy violations are listed like any Sponsored TV resource, by creative id filter. */
const stModerations = resourceRequests({ url: '{{api_url}}/st/creatives/moderations', contentType: 'stCreativesModerations', docs });
const stPolicyViolations = resourceRequests({ url: '{{api_url}}/st/creatives/moderations/policyViolations', contentType: 'stCreativesModerations', docs });
const moderations = { contentType: 'stCreativesModerations' } as const;

export const creatives = folder('Creatives', { description: 'Sponsored TV video creatives and their moderation results.', docs }, [
  stCreatives.create({
    name: 'Create Creatives',
    example: {
      creatives: [
        {
          assetVersion: 'version_v1',
          adGroupId: '{{adGroupId}}',
          assetId: '{{assetId}}',
        },
      ],
    },
    description: 'Attaches a video from the creative asset library to a Sponsored TV ad group.',
  }),
  stCreatives.list({
    name: 'List Creatives',
    description: 'Lists Sponsored TV creatives by id filter.',
  }),
  stModerations.list({
    name: 'List Creatives Moderation',
    example: idFilterBody('creativeId'),
    description: 'Shows the moderation status of Sponsored TV creatives.',
    examples: [
      ok(
        '200 OK: the creative was rejected',
        200,
        {
          creativesModerations: [
            {
              creativeId: moreExampleIds.creativeId,
              adGroupId: exampleIds.adGroupId,
              moderationStatus: 'REJECTED',
              etaForModeration: '2026-05-02T12:00:00Z',
              reviewedVideoUrl: exampleVideoUrl,
            },
          ],
        },
        moderations,
      ),
    ],
  }),
  stPolicyViolations.list({
    name: 'List Creatives Moderations Policy Violations',
    example: idFilterBody('creativeId'),
    description: 'Lists the policy violations moderation found in Sponsored TV creatives.',
    examples: [
      ok(
        '200 OK: why the creative was rejected',
        200,
        {
          policyViolations: [
            {
              policyDescription: 'The audio is too quiet to follow during the first seconds of the video.',
              policyLinkUrl: 'https://advertising.amazon.com/resources/ad-policy/streaming-tv-ads',
              videoEvidences: [{ start: 0, end: 6 }],
            },
          ],
        },
        moderations,
      ),
    ],
  }),
  request({
    name: 'Preview Creatives',
    method: 'POST',
    url: '{{api_url}}/st/creatives/preview',
    headers: 'profile',
    contentType: 'stCreativesPreview',
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
    examples: [
      ok(
        '200 OK: preview HTML for the Shop now experience',
        200,
        {
          previewHtmls: [
            {
              experience: { callToAction: 'SHOP_NOW', interactivity: 'BASE' },
              html: `<!doctype html><html><video controls><source src="${exampleVideoUrl}" type="video/mp4"/></video></html>`,
            },
          ],
        },
        { contentType: 'stCreativesPreview' },
      ),
    ],
  }),
]);
