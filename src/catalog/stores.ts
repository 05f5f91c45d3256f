/**
 * Stores: the brand's Amazon Stores and their insights.
 */
import { folder, request } from './types.js';

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
  }),
  request({
    name: 'Insight metrics',
    method: 'POST',
    url: '{{api_url}}/stores/{{brandEntityId}}/insights',
    headers: 'profile',
    contentType: 'json',
    body: {
      mode: 'raw',
      example: {
        startDate: 'YYYY-MM-DD',
        endDate: 'YYYY-MM-DD',
        dimension: 'DATE',
        maxResult: 1000,
        metrics: ['SCORE_LEVEL', 'RECOMMENDATIONS', 'CONTRIBUTORS', 'DWELL', 'PEER_DWELL'],
      },
    },
    description:
      'Reads daily insight metrics (score, recommendations, dwell time) of the store of the brand in {{brandEntityId}}. Uses {{brandEntityId}} (set in the environment or stored by an earlier request).',
    docs,
  }),
]);
