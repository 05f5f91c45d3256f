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
        'Estimates the size band of an audience built from the audience expression.',
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
        'Describes the age, income and other demographics of an audience.',
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
        'Shows which Prime Video titles, genres or directors an audience watches.',
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
        'Shows the product categories an audience buys most.',
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
        'Shows other audiences that overlap most with this one.',
      docs,
    }),
  ]),
]);
