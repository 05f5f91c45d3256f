/**
 * `npm run auth`: the credentials helper. Turns Login with Amazon consent into a refresh token and a
 * profile id written to the env file. The flow is in runAuth.ts, one module per step beside it.
 */
import type { Argv, CommandModule } from 'yargs';
import { regionIds } from '../catalog/regions.js';

interface AuthArgv {
  region?: string;
  'client-id'?: string;
  'client-secret'?: string;
  'redirect-uri'?: string;
  code?: string;
  'redirect-url'?: string;
  state?: string;
  country?: string;
  'env-file': string;
  browser: boolean;
  open: boolean;
  'callback-timeout': number;
  'token-url'?: string;
  'api-url'?: string;
  'auth-grant-url'?: string;
}

export const authCommand: CommandModule<object, AuthArgv> = {
  command: 'auth',
  describe: 'Get a refresh token and a profile id through Login with Amazon and write them to .env',
  builder: (yargs: Argv) =>
    yargs
      .option('region', {
        type: 'string',
        describe: `Amazon Ads region, one of ${regionIds.join(', ')} (else AMAZON_ADS_REGION, else na): hosts and profiles`,
      })
      .option('client-id', { type: 'string', describe: 'LWA client id (else AMAZON_ADS_CLIENT_ID, else asked)' })
      .option('client-secret', { type: 'string', describe: 'LWA client secret (else AMAZON_ADS_CLIENT_SECRET, else asked without echo)' })
      .option('redirect-uri', {
        type: 'string',
        describe: 'an allowed return URL of the security profile (else AMAZON_ADS_REDIRECT_URI, default http://localhost:8765/callback)',
      })
      .option('code', { type: 'string', describe: 'an authorization code you already have (skips the browser step)' })
      .option('redirect-url', { type: 'string', describe: 'the address the browser landed on after consent (skips the browser step)' })
      .option('state', { type: 'string', describe: 'the state of the authorization URL that --redirect-url answers' })
      .option('country', { type: 'string', describe: 'choose the profile of this marketplace country (e.g. DE)' })
      .option('env-file', { type: 'string', default: '.env', describe: 'env file to create or update (mode 0600)' })
      .option('open', { type: 'boolean', default: false, describe: 'open the authorization URL in a browser, when one is available' })
      .option('browser', { type: 'boolean', default: true, describe: 'use --no-browser to never open a browser (only print the URL)' })
      .option('callback-timeout', { type: 'number', default: 300, describe: 'seconds to wait for the browser at a localhost redirect_uri' })
      .option('token-url', { type: 'string', describe: "override the region's LWA token URL (also AMAZON_ADS_TOKEN_URL)" })
      .option('api-url', { type: 'string', describe: "override the region's Ads API URL (also AMAZON_ADS_API_URL)" })
      .option('auth-grant-url', { type: 'string', describe: "override the region's consent URL (also AMAZON_ADS_AUTH_GRANT_URL)" })
      .conflicts('code', 'redirect-url')
      .example('$0 auth --region eu', 'print the consent URL, wait for the redirect, write .env')
      .example('$0 auth --region eu --redirect-url "https://example.com/?code=...&state=..." --state ...', 'finish with a pasted redirect') as unknown as Argv<AuthArgv>,
  handler: async (argv) => {
    const { runAuth } = await import('./run-auth.js');
    await runAuth(
      {
        region: argv.region,
        clientId: argv['client-id'],
        clientSecret: argv['client-secret'],
        redirectUri: argv['redirect-uri'],
        code: argv.code,
        redirectUrl: argv['redirect-url'],
        state: argv.state,
        country: argv.country,
        envFile: argv['env-file'],
        open: argv.open,
        browser: argv.browser,
        callbackTimeout: argv['callback-timeout'],
        tokenUrl: argv['token-url'],
        apiUrl: argv['api-url'],
        authGrantUrl: argv['auth-grant-url'],
      },
      {
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        interactive: Boolean(process.stdin.isTTY),
        env: process.env,
      },
    );
  },
};
