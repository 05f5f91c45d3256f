/**
 * Saved example responses of the smoke path outside Sponsored Products: the Login with Amazon token
 * answers (Auth), the profiles and manager accounts (Accounts), and the Sponsored Brands and Sponsored
 * Display campaign pages (First call). Made-up tokens and ids from `exampleIds`; tokens deliberately
 * do not look like real LWA tokens.
 */
import { exampleIds as ids, exampleNextToken, oauthError, ok, smokePathErrors, throttled, withContentType } from './examples.js';
import type { ExampleResponse } from './types.js';

const tokenAnswer = { access_token: 'EXAMPLE-ACCESS-TOKEN', token_type: 'bearer', expires_in: 3600 };

const invalidClient = oauthError(401, 'invalid_client', 'Client authentication failed: unknown client_id or wrong client_secret.');

/** Auth grant login: Amazon sends the browser back to redirect_uri with the code. */
export const consentRedirectExamples: ExampleResponse[] = [
  ok('302 Found: back to redirect_uri with the authorization code', 302, undefined, {
    headers: [{ key: 'Location', value: 'https://amazon.com/?code=EXAMPLE-AUTHORIZATION-CODE&scope=advertising%3A%3Acampaign_management&state=amazon-ads-collection' }],
  }),
];

export const codeExchangeExamples: ExampleResponse[] = [
  ok('200 OK: access token and refresh token', 200, { ...tokenAnswer, refresh_token: 'EXAMPLE-REFRESH-TOKEN' }, { contentType: 'json' }),
  oauthError(400, 'invalid_grant', 'The authorization code is invalid, expired, already used, or was issued for another redirect_uri.'),
  invalidClient,
];

export const refreshTokenExamples: ExampleResponse[] = [
  ok('200 OK: a new access token, valid for one hour', 200, { ...tokenAnswer, refresh_token: 'EXAMPLE-REFRESH-TOKEN' }, { contentType: 'json' }),
  oauthError(400, 'invalid_grant', 'The refresh token is invalid or was revoked: get a new one with the Auth folder.'),
  invalidClient,
  throttled(),
];

const profile = (profileId: number, countryCode: string, currencyCode: string, timezone: string, marketplaceStringId: string) => ({
  profileId,
  countryCode,
  currencyCode,
  dailyBudget: 100,
  timezone,
  accountInfo: { marketplaceStringId, id: 'A1EXAMPLESELLER', type: 'seller', name: 'Example Seller', validPaymentMethod: true },
});

export const profilesExamples: ExampleResponse[] = [
  ok(
    '200 OK: two profiles of one seller',
    200,
    [profile(Number(ids.profileId), 'US', 'USD', 'America/Los_Angeles', 'ATVPDKIKX0DER'), profile(Number(ids.profileId) + 1, 'CA', 'CAD', 'America/Los_Angeles', 'A2EUQ1WTGCTBG2')],
    { contentType: 'json' },
  ),
  ...smokePathErrors('v2'),
];

export const managerAccountsExamples: ExampleResponse[] = [
  ok(
    '200 OK: one manager account and its linked advertising account',
    200,
    {
      managerAccounts: [
        {
          managerAccountId: 'amzn1.ads-account.m.example0000000001',
          managerAccountName: 'Example Manager Account',
          linkedAccounts: [
            { accountId: ids.accountId, accountName: 'Example Seller', accountType: 'SELLER', marketplaceId: 'ATVPDKIKX0DER', profileId: ids.profileId },
          ],
        },
      ],
    },
    { contentType: 'managerAccountsResponse' },
  ),
];

export const sbCampaignPageExamples: ExampleResponse[] = [
  ok('200 OK: a page of campaigns and the nextToken of the next page', 200, {
    campaigns: [
      {
        campaignId: ids.campaignId2,
        name: 'Brand store spotlight',
        state: 'ENABLED',
        budget: 30,
        budgetType: 'DAILY',
        startDate: '2030-03-01',
        brandEntityId: ids.entityId,
        bidding: { bidOptimization: true },
        isMultiAdGroupsEnabled: true,
        costType: 'CPC',
      },
    ],
    nextToken: exampleNextToken,
    totalResults: 2,
  }),
  // Sponsored Brands v4 answers its errors in the resource's media type too.
  ...withContentType(smokePathErrors('v3'), 'sbCampaign'),
];

export const sdCampaignPageExamples: ExampleResponse[] = [
  ok(
    '200 OK: a page of campaigns (shorter than count: the last page)',
    200,
    [
      {
        campaignId: Number(ids.campaignId2),
        name: 'Product page retargeting',
        tactic: 'T00020',
        startDate: '20300301',
        state: 'enabled',
        costType: 'cpc',
        budget: 20,
        budgetType: 'daily',
        deliveryProfile: 'as_soon_as_possible',
      },
    ],
    { contentType: 'json' },
  ),
  ...smokePathErrors('v2'),
];
