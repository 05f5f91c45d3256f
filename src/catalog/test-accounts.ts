/**
 * Test accounts: sandbox advertiser accounts.
 */
import { folder, request } from './types.js';
import { noCacheHeader } from './headers.js';
import { exampleIds, ok } from './examples.js';
import type { Json } from './types.js';

/** A sandbox author account as the status call lists it; an author account comes with three ASINs. */
function testAccount(status: 'IN_PROGRESS' | 'COMPLETED'): Json {
  // The ASINs come with the finished account (the spec lists at least three); none while it is being created.
  const asins: { [key: string]: Json } = status === 'COMPLETED' ? { asins: [exampleIds.asin, 'B0EXAMPLE02', 'B0EXAMPLE03'] } : {};
  return { id: 'ENTITYTESTACCOUNT01', countryCode: 'US', accountType: 'AUTHOR', status, ...asins };
}

const docs = 'https://advertising.amazon.com/API/docs/en-us/test-accounts/overview';

export const testAccounts = folder('Test accounts', { description: 'Sandbox advertiser accounts that never serve ads nor bill; useful to try write calls safely.', docs }, [
  request({
    name: 'Create test account',
    method: 'POST',
    url: '{{api_url}}/testAccounts',
    headers: 'account',
    contentType: 'json',
    extraHeaders: [noCacheHeader],
    body: { mode: 'raw', example: { countryCode: 'US', accountType: 'AUTHOR' } },
    description:
      'Starts creating a sandbox advertiser account for a country and account type (vendor or author); needs no profile.',
    docs: 'https://advertising.amazon.com/API/docs/en-us/test-accounts/create-test-accounts#creating-a-test-account',
    examples: [ok('200 OK: creation request accepted', 200, { requestId: exampleIds.requestId }, { contentType: 'json' })],
  }),
  request({
    name: 'Check account creation status',
    method: 'GET',
    url: '{{api_url}}/testAccounts',
    headers: 'account',
    query: [
      { key: 'requestId', value: '', disabled: true },
    ],
    description:
      'Lists your test accounts, or with the `requestId` query parameter the state of one creation request.',
    docs,
    examples: [
      ok('200 OK: account ready', 200, [testAccount('COMPLETED')], { contentType: 'json' }),
      ok('200 OK: account still being created', 200, [testAccount('IN_PROGRESS')], { contentType: 'json' }),
    ],
  }),
]);
