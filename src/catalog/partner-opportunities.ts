/**
 * Partner opportunities: offers for partners, read through a manager account.
 */
import { folder, request } from './types.js';
import { managerAccountHeader } from './headers.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/partner-opportunities/overview';

export const partnerOpportunities = folder('Partner opportunities', `Opportunities that Amazon Ads offers to partners through their manager account.\n\n[Amazon Ads documentation](${docs})`, [
  request({
    name: 'List opportunities',
    method: 'GET',
    url: '{{api_url}}/partnerOpportunities',
    headers: 'account',
    accept: 'partnerOpportunity',
    extraHeaders: [managerAccountHeader],
    query: [
      { key: 'maxResults', value: '10' },
      { key: 'locale', value: 'en_US' },
    ],
    description:
      'Lists the opportunities Amazon Ads offers the partner, in a locale.',
    docs,
  }),
  request({
    name: 'Get opportunity file',
    method: 'GET',
    url: '{{api_url}}/partnerOpportunities/:opportunity_id/file',
    headers: 'account',
    accept: 'partnerOpportunity',
    extraHeaders: [managerAccountHeader],
    query: [
      { key: 'fileFormat', value: 'CSV', disabled: true },
    ],
    pathVariables: { opportunity_id: '{{opportunityId}}' },
    description:
      'Downloads the data file of the opportunity in {{opportunityId}}.',
    docs,
  }),
]);
