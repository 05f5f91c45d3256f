/**
 * "Auth": the Login with Amazon (LWA) requests that obtain tokens. They go to the region's LWA hosts
 * ({{auth_grant_url}}, {{token_url}}), not to the Ads API, and carry no Ads headers. The collection's
 * pre-request script skips this folder; the token requests store what they receive (store-token).
 */
import { folder, request, type ExampleResponse, type RequestSpec } from './types.js';
import { codeExchangeExamples, consentRedirectExamples, refreshTokenExamples } from './smoke-path-examples.js';

const docs = 'https://advertising.amazon.com/API/docs/en-us/concepts/authorization/overview';

type FormField = { key: string; value: string; description?: string };

/** A POST to the token URL: the grant's own fields, then the app's client id and secret (form encoded). */
function tokenRequest(name: string, grantFields: FormField[], description: string[], examples: ExampleResponse[]): RequestSpec {
  return request({
    name,
    method: 'POST',
    url: '{{token_url}}',
    headers: 'none',
    contentType: 'formUrlEncoded',
    body: {
      mode: 'urlencoded',
      fields: [...grantFields, { key: 'client_id', value: '{{client_id}}' }, { key: 'client_secret', value: '{{client_secret}}' }],
    },
    description: description.join('\n'),
    docs: 'https://advertising.amazon.com/API/docs/en-us/concepts/authorization/access-tokens',
    examples,
    scripts: { test: ['store-token'] },
  });
}

export const auth = folder(
  'Auth',
  [
    'Requests to Login with Amazon, the service that issues the tokens every Ads API call needs.',
    '',
    'Run them once by hand to get a refresh token: open the consent page with **Auth grant login**, copy the',
    '`code` from the address you are sent back to, then exchange it with **Access token from auth grant code**.',
    'After that the collection refreshes the access token by itself before any Ads API request.',
    '',
    `[Authorization in the Amazon Ads API](${docs})`,
  ].join('\n'),
  [
    request({
      name: 'Auth grant login',
      method: 'GET',
      url: '{{auth_grant_url}}',
      headers: 'none',
      query: [
        { key: 'scope', value: '{{permission_scope}}', description: 'What the app may do; Ads API apps ask for advertising::campaign_management.' },
        { key: 'response_type', value: 'code', description: 'Asks for an authorization code.' },
        { key: 'client_id', value: '{{client_id}}', description: 'Client ID of your LWA security profile.' },
        { key: 'state', value: 'amazon-ads-collection', description: 'Returned unchanged with the code; change it to tie the answer to your request.' },
        { key: 'redirect_uri', value: '{{redirect_uri}}', description: 'Where Amazon sends the browser with the code; must be an allowed return URL of the security profile.' },
      ],
      description: [
        'Opens the Amazon consent page where an advertiser lets your app manage their advertising.',
        'This step needs a browser: open the URL the test script prints, sign in, approve, and copy the',
        '`code` parameter from the address you land on. The code is valid for five minutes.',
      ].join('\n'),
      docs: 'https://advertising.amazon.com/API/docs/en-us/concepts/authorization/authorization-grants',
      examples: consentRedirectExamples,
      scripts: { test: ['show-consent-url'] },
    }),
    tokenRequest(
      'Access token from auth grant code',
      [
        { key: 'grant_type', value: 'authorization_code' },
        { key: 'code', value: '', description: 'Paste the code from the consent page redirect here (valid for five minutes).' },
        { key: 'redirect_uri', value: '{{redirect_uri}}' },
      ],
      [
        'Trades the authorization code from the consent page for an access token and a refresh token,',
        'and stores both in the environment. Keep the refresh token: it does not expire and is what',
        'headless runs (`npm run collection`) need.',
      ],
      codeExchangeExamples,
    ),
    tokenRequest(
      'Access token from refresh token',
      [
        { key: 'grant_type', value: 'refresh_token' },
        { key: 'refresh_token', value: '{{refresh_token}}' },
      ],
      [
        'Gets a fresh access token (valid for one hour) from the stored refresh token.',
        'You rarely need to send it yourself: the collection pre-request script does the same whenever',
        'the token is missing or about to expire.',
      ],
      refreshTokenExamples,
    ),
  ],
);
