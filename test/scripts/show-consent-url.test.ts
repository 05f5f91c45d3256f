import { afterAll, describe, expect, test } from 'vitest';
import { closeSandbox, runScript, scriptSource } from './sandbox-harness.js';

afterAll(closeSandbox);

const environment = {
  auth_grant_url: 'https://www.amazon.example/ap/oa',
  client_id: 'amzn1.application-oa2-client.abc123',
  client_secret: 'secret-DISTINCT-88dd',
  refresh_token: 'Atzr|DISTINCT-99ee',
  permission_scope: 'advertising::campaign_management',
  redirect_uri: 'https://amazon.com',
};

describe('show-consent-url (Auth grant login test)', () => {
  test('builds the consent URL, stores it and prints it without any secret', async () => {
    const run = await runScript(scriptSource('show-consent-url'), {
      target: 'test',
      environment,
      request: { name: 'Auth grant login', url: '{{auth_grant_url}}' },
      response: { code: 200, body: '<html>Sign in</html>' },
    });
    const expected =
      'https://www.amazon.example/ap/oa?client_id=amzn1.application-oa2-client.abc123&scope=advertising%3A%3Acampaign_management&response_type=code&redirect_uri=https%3A%2F%2Famazon.com';
    expect(run.locals.consent_url).toBe(expected);
    expect(run.console.join('\n')).toContain(expected);
    expect(run.console.join('\n')).not.toContain('DISTINCT');
    expect(run.failures).toEqual([]);
  });

  test('fails when the page does not answer or a variable is missing', async () => {
    const down = await runScript(scriptSource('show-consent-url'), {
      target: 'test',
      environment,
      response: { code: 404, body: 'no' },
    });
    expect(down.failures).toEqual([expect.stringMatching(/^unexpected_status: the consent page answered HTTP 404/)]);
    const missing = await runScript(scriptSource('show-consent-url'), {
      target: 'test',
      environment: { ...environment, client_id: '' },
      response: { code: 200, body: '' },
    });
    expect(missing.failures).toEqual([expect.stringMatching(/^invalid_request: set client_id/)]);
    expect(missing.locals.consent_url).toBeUndefined();
  });
});
