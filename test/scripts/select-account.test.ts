import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource } from './sandbox-harness.js';

afterAll(closeSandbox);

const accounts = [
  {
    advertiserAccountId: 'acct-global',
    displayName: 'Global seller',
    alternateIds: [
      { countryCode: 'US', entityId: 'E1', profileId: '111' },
      { countryCode: 'CA', entityId: 'E1', profileId: '222' },
    ],
  },
  { advertiserAccountId: 'acct-mx', displayName: 'MX vendor', alternateIds: [{ countryCode: 'MX', entityId: 'E2', profileId: '333' }] },
];

const request = { id: 'req-accounts', name: 'Query advertiser accounts', url: 'http://127.0.0.1:9/adsApi/v1/query/advertiserAccounts', method: 'POST' };

function afterAnswer(environment: Record<string, string>, body: unknown, options: { code?: number; locals?: Record<string, string> } = {}) {
  return runScript(scriptSource('select-account', undefined, 'test'), {
    target: 'test',
    environment,
    locals: options.locals,
    request: { ...request, body: '{"maxResults": 100}' },
    response: { code: options.code ?? 200, body },
  });
}

describe('select-account (Query advertiser accounts)', () => {
  test('chooses the account listing the profileId, and keeps that profile', async () => {
    const run = await afterAnswer({ profileId: '222', profile_country: 'MX' }, { advertiserAccounts: accounts });
    expect(run.environment).toMatchObject({ accountId: 'acct-global', account_name: 'Global seller', account_country_code: 'CA', profileId: '222', account_choice: 'profileId' });
    expect(run.failures).toEqual([]);
  });

  test('chooses by country (any case), setting profileId to that marketplace profile', async () => {
    const run = await afterAnswer({ profile_country: 'mx' }, { advertiserAccounts: accounts });
    expect(run.environment).toMatchObject({ accountId: 'acct-mx', profileId: '333', account_choice: 'country', account_country_code: 'MX' });
  });

  test('UK and GB name one country: --country UK finds the account whose Unified alternate id says GB', async () => {
    const gb = [{ advertiserAccountId: 'acct-gb', displayName: 'GB seller', alternateIds: [{ countryCode: 'GB', entityId: 'E3', profileId: '444' }] }];
    const run = await afterAnswer({ profile_country: 'UK' }, { advertiserAccounts: gb });
    expect(run.failures).toEqual([]);
    expect(run.environment).toMatchObject({ accountId: 'acct-gb', profileId: '444', account_choice: 'country', account_country_code: 'GB' });
  });

  test('takes the first account and its first profile when nothing is asked for', async () => {
    const run = await afterAnswer({}, { advertiserAccounts: accounts });
    expect(run.environment).toMatchObject({ accountId: 'acct-global', profileId: '111', account_choice: 'first' });
    expect(run.assertions.map((a) => a.passed)).toEqual([true]);
  });

  test('fails with account_not_accessible / no_account_in_country / no_accounts instead of guessing', async () => {
    expect((await afterAnswer({ profileId: '999' }, { advertiserAccounts: accounts })).failures[0]).toMatch(/^account_not_accessible: .*999/);
    expect((await afterAnswer({ profile_country: 'JP' }, { advertiserAccounts: accounts })).failures[0]).toMatch(/^no_account_in_country: .*JP/);
    const none = await afterAnswer({}, { advertiserAccounts: [] });
    expect(none.failures[0]).toMatch(/^no_accounts: /);
    expect(none.environment.accountId).toBeUndefined();
  });

  test('alternateIds profile ids above 2^53, sent as JSON numbers, keep every digit (chosen by id or as the first)', async () => {
    const body = '{"advertiserAccounts":[{"advertiserAccountId":"acct-big","displayName":"Big","alternateIds":[' +
      '{"countryCode":"US","entityId":"E9","profileId":9007199254740993},{"countryCode":"CA","entityId":"E9","profileId": 9007199254740995}]}]}';
    const byId = await afterAnswer({ profileId: '9007199254740995' }, body);
    expect(byId.failures).toEqual([]);
    expect(byId.environment).toMatchObject({ accountId: 'acct-big', profileId: '9007199254740995', account_choice: 'profileId', account_country_code: 'CA' });
    const first = await afterAnswer({}, body);
    expect(first.environment).toMatchObject({ profileId: '9007199254740993', account_choice: 'first' });
  });

  test('a body without an advertiserAccounts list is malformed_response', async () => {
    expect((await afterAnswer({}, [accounts[0]])).failures[0]).toMatch(/^malformed_response: /);
    expect((await afterAnswer({}, '<html>')).failures[0]).toMatch(/^malformed_response: /);
  });

  test('reads the next page while the asked-for account is not found, up to max_pages', async () => {
    const first = await afterAnswer({ profileId: '333' }, { advertiserAccounts: [accounts[0]], nextToken: 'page-2' });
    expect(first.failures).toEqual([]);
    expect(first.nextRequest).toBe('req-accounts');
    expect(first.locals).toMatchObject({ account_next_token: 'page-2', account_pages: '1' });

    // the pre-request of the next run writes the token into the body
    const before = await runScript(scriptSource('select-account', undefined, 'prerequest'), {
      target: 'prerequest',
      locals: { account_next_token: 'page-2' },
      request: { ...request, body: '{"maxResults": 100}' },
    });
    expect(JSON.parse(before.request.body!.raw!)).toEqual({ maxResults: 100, nextToken: 'page-2' });

    const second = await afterAnswer({ profileId: '333' }, { advertiserAccounts: [accounts[1]] }, { locals: first.locals as Record<string, string> });
    expect(second.environment).toMatchObject({ accountId: 'acct-mx', account_choice: 'profileId' });
    expect(second.locals).toMatchObject({ account_next_token: '', account_pages: '' });

    const limited = await afterAnswer({ profileId: '333', max_pages: '1' }, { advertiserAccounts: [accounts[0]], nextToken: 'page-2' });
    expect(limited.failures[0]).toMatch(/^page_limit: /);
    expect(limited.nextRequest).toBeUndefined();
  });

  test('does nothing while a retry is pending or after a failed status', async () => {
    const pending = await afterAnswer({}, { advertiserAccounts: accounts }, { locals: { retry_pending: 'true' } });
    expect([pending.assertions, pending.environment.accountId]).toEqual([[], undefined]);
    const failed = await afterAnswer({}, { code: 'UNAUTHORIZED' }, { code: 401 });
    expect(failed.assertions).toEqual([]);
  });
});
