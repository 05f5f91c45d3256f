/**
 * Partner opportunities: offers for partners, read through a manager account.
 */
import { folder, request } from './types.js';
import { managerAccountHeader } from './headers.js';
import { regions } from '../core/regions.js';
import { dataExampleIds, ok } from './examples.js';

/**
 * The official collection sends these two requests to the North America host whatever the region,
 * unlike every other request ({{api_url}}); we keep that so nothing an official user relies on moves.
 */
const partnerOpportunitiesUrl = `${regions.na.api_url}/partnerOpportunities` as const;

const { opportunityId } = dataExampleIds;

/** One opportunity with data: ASINs of managed advertisers that no campaign advertises yet. */
const unlaunchedAsins = {
  partnerOpportunityId: opportunityId,
  title: 'Products not yet advertised',
  description: 'ASINs of the advertisers you manage that are in stock but in no Sponsored Products campaign.',
  callToAction: 'Add these ASINs to a Sponsored Products campaign.',
  audience: 'PARTNER_MANAGED_ADVERTISERS',
  objectiveType: 'UNLAUNCHED_ASINS',
  product: 'SPONSORED_PRODUCTS',
  createdDate: '2026-01-02T00:00:00Z',
  updatedDate: '2026-01-15T00:00:00Z',
  dataUrl: `${partnerOpportunitiesUrl}/${opportunityId}/file`,
  dataMetadata: { rowCount: 12, updatedDate: '2026-01-15T00:00:00Z' },
};

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
    examples: [ok('200 OK: one opportunity', 200, { opportunities: [unlaunchedAsins], totalResults: 1 })],
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
    examples: [
      ok('307 Temporary Redirect: to the file (link valid 15 minutes)', 307, undefined, {
        headers: [{ key: 'Location', value: `https://example-partner-opportunities.s3.amazonaws.com/${opportunityId}.csv` }],
      }),
      { name: '404 Not Found: no data file for this opportunity today', status: 404 },
    ],
  }),
]);
