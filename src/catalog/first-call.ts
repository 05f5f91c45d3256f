/**
 * "First call": one campaign list per ad product, the quickest proof that credentials, region and
 * profile work. The list-campaigns script pages through every result (nextToken for SP and SB,
 * startIndex/count for SD) and counts the campaigns into <sp|sb|sd>_campaign_count.
 */
import { folder, request, type RequestSpec, type ScriptRef } from './types.js';
import { sbCampaignPageExamples, sdCampaignPageExamples } from './smoke-path-examples.js';
import { smokePathErrors } from './examples.js';
import { spExamples } from './sponsored-products/examples.js';

type AdProduct = 'SB' | 'SD' | 'SP';

/**
 * A first-call list of one ad product's campaigns: scoped to the profile, and walked page by page and
 * counted by the list-campaigns script, which runs before (to set the paging) and after (to follow it).
 */
function campaignList(adProduct: AdProduct, spec: RequestSpec): RequestSpec {
  const listCampaigns: ScriptRef[] = [{ name: 'list-campaigns', params: { adProduct } }];
  return { ...spec, scripts: { prerequest: listCampaigns, test: listCampaigns } };
}

export const firstCall = folder(
  'First call',
  [
    'Lists the Sponsored Brands, Sponsored Display and Sponsored Products campaigns of the chosen profile.',
    'Run **Auth** once and **Accounts / Profiles** first; then these show that everything is wired up.',
    'Each request follows the pages to the end (set `page_size` to choose the page size) and counts the',
    'campaigns; the SP list also stores the first `campaignId` for the Sponsored Products requests.',
  ].join('\n'),
  [
    campaignList('SB', request({
      name: 'List SB campaigns',
      method: 'POST',
      url: '{{api_url}}/sb/v4/campaigns/list',
      headers: 'profile',
      accept: 'sbCampaign',
      contentType: 'sbCampaign',
      body: { mode: 'raw', example: {} },
      description: [
        'Lists the Sponsored Brands campaigns of the profile (version 4). Filters and paging go in the JSON',
        'body; the script adds `maxResults` and `nextToken` to walk every page.',
      ].join('\n'),
      docs: 'https://advertising.amazon.com/API/docs/en-us/sponsored-brands/3-0/openapi/prod#tag/Campaigns',
      examples: sbCampaignPageExamples,
    })),
    campaignList('SD', request({
      name: 'List SD campaigns',
      method: 'GET',
      url: '{{api_url}}/sd/campaigns',
      headers: 'profile',
      description: [
        'Lists the Sponsored Display campaigns of the profile. This older API pages with the `startIndex`',
        'and `count` query parameters, which the script sets; a page shorter than `count` is the last.',
      ].join('\n'),
      docs: 'https://advertising.amazon.com/API/docs/en-us/sponsored-display/3-0/openapi#tag/Campaigns',
      examples: sdCampaignPageExamples,
    })),
    campaignList('SP', request({
      name: 'List SP campaigns',
      method: 'POST',
      url: '{{api_url}}/sp/campaigns/list',
      headers: 'profile',
      accept: 'spCampaign',
      contentType: 'spCampaign',
      body: { mode: 'raw', example: {} },
      description: [
        'Lists the Sponsored Products campaigns of the profile (version 3) and stores the first',
        '`campaignId`. An empty body lists every campaign; the script adds `maxResults` and `nextToken`.',
      ].join('\n'),
      docs: 'https://advertising.amazon.com/API/docs/en-us/sponsored-products/3-0/openapi/prod#tag/Campaigns',
      examples: [...spExamples.campaigns.list, ...smokePathErrors('v3')],
    })),
  ],
);
