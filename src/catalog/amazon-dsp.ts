/**
 * Amazon DSP: persona builder insights.
 */
import { folder, request } from './types.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/dsp/persona-builder';

export const amazonDsp = folder('Amazon DSP', `Amazon DSP insights.\n\n[Amazon Ads documentation](${docs})`, [
  folder('Persona builder', 'Audience insights for a DSP advertiser: sizes, demographics, viewing and shopping habits.', [
    request({
      name: 'Banded sizes',
      method: 'POST',
      url: '{{api_url}}/insights/bandedSize',
      headers: 'profile',
      accept: 'json',
      contentType: 'json',
      query: [
        { key: 'advertiserId', value: '{{dspAdvertiserId}}' },
      ],
      body: {
        mode: 'raw',
        example: {
          audienceTargetingExpression: {
            audiences: [
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000002' },
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000003' },
            ],
          },
        },
      },
      description:
        'Returns banded sizes.',
      docs,
    }),
    request({
      name: 'Demographics',
      method: 'POST',
      url: '{{api_url}}/insights/demographics',
      headers: 'profile',
      accept: 'json',
      contentType: 'json',
      query: [
        { key: 'advertiserId', value: '{{dspAdvertiserId}}' },
      ],
      body: {
        mode: 'raw',
        example: {
          audienceTargetingExpression: {
            audiences: [
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000002' },
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000003' },
            ],
          },
        },
      },
      description:
        'Returns demographics.',
      docs,
    }),
    request({
      name: 'Prime Video',
      method: 'POST',
      url: '{{api_url}}/insights/primeVideo',
      headers: 'profile',
      accept: 'json',
      contentType: 'json',
      query: [
        { key: 'advertiserId', value: '{{dspAdvertiserId}}' },
      ],
      body: {
        mode: 'raw',
        example: {
          categoryFilter: ['DIRECTORS'],
          audienceTargetingExpression: {
            audiences: [
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000002' },
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000003' },
            ],
          },
        },
      },
      description:
        'Returns prime Video.',
      docs,
    }),
    request({
      name: 'Top categories purchased',
      method: 'POST',
      url: '{{api_url}}/insights/topCategoriesPurchased',
      headers: 'profile',
      accept: 'json',
      contentType: 'json',
      query: [
        { key: 'advertiserId', value: '{{dspAdvertiserId}}' },
      ],
      body: {
        mode: 'raw',
        example: {
          categoryFilter: ['INTEREST'],
          audienceTargetingExpression: {
            audiences: [
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000002' },
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000003' },
            ],
          },
        },
      },
      description:
        'Returns top categories purchased.',
      docs,
    }),
    request({
      name: 'Top overlapping audiences',
      method: 'POST',
      url: '{{api_url}}/insights/topOverlappingAudiences',
      headers: 'profile',
      accept: 'json',
      contentType: 'json',
      query: [
        { key: 'advertiserId', value: '{{dspAdvertiserId}}' },
      ],
      body: {
        mode: 'raw',
        example: {
          categoryFilter: ['INTEREST'],
          audienceTargetingExpression: {
            audiences: [
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000002' },
              { negative: 'false', groupId: 'Group 1', audienceId: '400000000000000003' },
            ],
          },
        },
      },
      description:
        'Returns top overlapping audiences.',
      docs,
    }),
  ]),
]);
