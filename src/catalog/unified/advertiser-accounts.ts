/**
 * "Unified API / Query advertiser accounts": the account context every other Unified API request
 * needs. Its test script (select-account) chooses `accountId` the way Accounts / Profiles chooses
 * `profileId`, through each account's `alternateIds` (country, entity and profile per marketplace).
 */
import { exampleIds, throttled, unifiedQueryPage } from '../examples.js';
import { request } from '../types.js';
import { unifiedDocs } from './docs.js';

export const queryAdvertiserAccounts = request({
  name: 'Query advertiser accounts',
  method: 'POST',
  url: '{{api_url}}/adsApi/v1/query/advertiserAccounts',
  headers: 'account',
  accept: 'json',
  contentType: 'json',
  body: { mode: 'raw', example: { maxResults: 100 } },
  description: [
    '**Beta endpoint.** Lists the advertiser accounts this login can use and stores one as `accountId`,',
    'sent by the other Unified API requests as Amazon-Ads-AccountId. The choice: the account whose',
    '`alternateIds` hold the `profileId` already set, else one with a marketplace in `profile_country`,',
    'else the first listed; `profileId` is then set to that account\'s profile for the marketplace.',
    'A `profileId` or `profile_country` that no account has fails the request instead of guessing.',
  ].join('\n'),
  docs: unifiedDocs,
  scripts: { prerequest: ['select-account'], test: ['select-account'] },
  examples: [
    unifiedQueryPage('200 OK: one global account with two marketplaces', 'advertiserAccounts', [
      {
        advertiserAccountId: exampleIds.accountId,
        displayName: 'Trail Outfitters',
        isGlobalAccount: true,
        status: { statusCode: 'APPROVED', statusMessage: 'The account is approved.' },
        businessDetails: [{ address: { businessName: 'Trail Outfitters LLC', addressLine1: '410 Terry Ave N', city: 'Seattle', countryCode: 'US' } }],
        alternateIds: [
          { countryCode: 'US', entityId: exampleIds.entityId, profileId: exampleIds.profileId },
          { countryCode: 'CA', entityId: exampleIds.entityId, profileId: '3510000000000002' },
        ],
      },
    ]),
    throttled('unified'),
  ],
});
