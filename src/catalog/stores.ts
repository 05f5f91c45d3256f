/**
 * Stores: the brand's Amazon Stores and their insights.
 */
import { folder, request } from './types.js';
import { exampleIds, moreExampleIds, ok, plainJson } from './examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/stores/open-api';

export const stores = folder('Stores', { description: 'Amazon Stores of the brand and their insight metrics.', docs }, [
  request({
    name: 'Get stores',
    method: 'GET',
    url: '{{api_url}}/v2/stores',
    headers: 'profile',
    description:
      'Lists the Amazon Stores of the brands the profile may advertise.',
    docs,
    examples: [
      ok(
        '200 OK: the brand store',
        200,
        [
          {
            code: 'SUCCESS',
            entityId: exampleIds.entityId,
            brandEntityId: moreExampleIds.brandEntityId,
            storeName: 'Example Brand',
            storePageInfo: [{ storePageId: moreExampleIds.storePageId, storePageName: 'Home', storePageUrl: 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE' }],
          },
        ],
        plainJson,
      ),
    ],
  }),
  request({
    name: 'Insight metrics',
    method: 'POST',
    url: '{{api_url}}/stores/{{brandEntityId}}/insights',
    headers: 'profile',
    contentType: 'storeInsightsRequest',
    body: {
      mode: 'raw',
      example: {
        startDate: '2026-03-01',
        endDate: '2026-03-02',
        dimension: 'DATE',
        maxResult: 1000,
        metrics: ['SCORE_LEVEL', 'RECOMMENDATIONS', 'CONTRIBUTORS', 'DWELL', 'PEER_DWELL'],
      },
    },
    description:
      'Reads daily insight metrics (score, recommendations, dwell time) of the store of the brand in {{brandEntityId}}. Uses {{brandEntityId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: [
      ok(
        '200 OK: two days of store quality metrics',
        200,
        {
          dimension: 'DATE',
          metricsDetails: [
            { date: '20260301', scoreLevel: '3', recommendations: '2', contributors: '4', dwell: '41', peerDwell: '38' },
            { date: '20260302', scoreLevel: '3', recommendations: '2', contributors: '4', dwell: '44', peerDwell: '37' },
          ],
        },
        { contentType: 'storeInsightsResponse' },
      ),
    ],
  }),
]);
