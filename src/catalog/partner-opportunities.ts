/**
 * Partner opportunities: offers for partners, read through a manager account.
 */
import { folder, request } from './types.js';
import { managerAccountHeader } from './headers.js';
import { regions } from './regions.js';

/**
 * The official collection sends these two requests to the North America host whatever the region,
 * unlike every other request ({{api_url}}); we keep that so nothing an official user relies on moves.
 */
const partnerOpportunitiesUrl = `${regions.na.api_url}/partnerOpportunities` as const;

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/partner-opportunities/overview';

export const partnerOpportunities = folder('Partner opportunities', { description: 'Opportunities that Amazon Ads offers to partners through their manager account.', docs }, [
  request({
    name: 'List opportunities',
    method: 'GET',
    url: partnerOpportunitiesUrl,
    headers: 'account',
    accept: 'partnerOpportunity',
    extraHeaders: [managerAccountHeader],
    query: [
      { key: 'maxResults', value: '10' },
      { key: 'locale', value: 'en_US' },
    ],
    description:
      'Lists the opportunities Amazon Ads offers the partner, in a locale. Sent to the North America host in every region, as the official collection does.',
    docs,
  }),
  request({
    name: 'Get opportunity file',
    method: 'GET',
    url: `${partnerOpportunitiesUrl}/:opportunity_id/file`,
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
