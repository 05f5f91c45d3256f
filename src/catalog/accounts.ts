/**
 * "Accounts": the calls made before a profile is chosen, so they carry the client id and bearer token
 * but no Amazon-Advertising-API-Scope header. The Profiles test chooses the profile later requests use.
 */
import { folder, request } from './types.js';
import { managerAccountsExamples, profilesExamples } from './smoke-path-examples.js';

export const accounts = folder(
  'Accounts',
  [
    'A profile is one advertiser account in one marketplace; almost every Ads API call names one in the',
    '`Amazon-Advertising-API-Scope` header. **Profiles** lists those your login can reach in this region',
    'and stores the chosen one as `profileId`: the one already set if it is listed, else the first in',
    '`profile_country` when that is set, else the first. Set `profileId` yourself to pin another.',
    '',
    '[Profiles in the Amazon Ads API](https://advertising.amazon.com/API/docs/en-us/concepts/authorization/profiles)',
  ].join('\n'),
  [
    request({
      name: 'Profiles',
      method: 'GET',
      url: '{{api_url}}/v2/profiles',
      headers: 'account',
      description: [
        'Lists the advertising profiles (one per advertiser and marketplace) the access token may use in',
        'this region, and chooses one for the requests that follow. An empty list means the login has no',
        'advertising account in this region: try another region environment.',
      ].join('\n'),
      docs: 'https://advertising.amazon.com/API/docs/en-us/reference/2/profiles',
      examples: profilesExamples,
      scripts: { test: ['select-profile'] },
    }),
    request({
      name: 'Manager accounts',
      method: 'GET',
      url: '{{api_url}}/managerAccounts',
      headers: 'account',
      description: [
        'Lists the manager accounts of the signed-in user, with the advertising accounts linked to each',
        '(including DSP advertiser ids).',
      ].join('\n'),
      docs: 'https://advertising.amazon.com/API/docs/en-us/reference/1-0/managerAccount',
      examples: managerAccountsExamples,
    }),
  ],
);
