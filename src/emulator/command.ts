/**
 * `npm run -s emulator -- --port 0 [--region na|eu|fe] [fault flags]`: starts the emulator, prints ONE
 * line of JSON ({url, api_url, token_url, auth_grant_url, region, credentials}) on stdout when ready, and
 * runs until SIGINT/SIGTERM (exit 0). (`-s` keeps npm's own banner off stdout.)
 * The server itself loads lazily so `--help` stays fast.
 */
import type { Argv, CommandModule } from 'yargs';
import { isRegionId, regionIds } from '../catalog/regions.js';
import { UsageError } from '../errors.js';
import { demoCredentials } from './credentials.js';
import { clientUrlsOf } from './client-urls.js';

interface EmulatorArgs {
  region: string;
  port?: string;
  seed?: string;
  campaigns?: string;
  'sb-campaigns'?: string;
  'sd-campaigns'?: string;
  'page-size'?: string;
  throttle?: string;
  'retry-after'?: string;
  'server-errors'?: string;
  latency?: string;
  'token-ttl'?: string;
  'expire-tokens-after'?: string;
  'empty-profiles'?: boolean;
  malformed?: boolean;
  'repeat-next-token'?: boolean;
  'reject-refresh'?: boolean;
  'auto-consent'?: boolean;
  'report-delay'?: string;
  'report-delay-seconds'?: string;
  'report-rows'?: string;
  'report-url-ttl'?: string;
  'report-fail'?: boolean;
  'report-not-gzip'?: boolean;
  'report-truncated'?: boolean;
}

const numberFlags = {
  port: { min: 0, max: 65535, describe: 'Port on 127.0.0.1 (0 = any free port)' },
  seed: { min: 0, describe: 'Seed of the generated profiles and campaigns (default 1)' },
  campaigns: { min: 0, max: 1_000_000, describe: 'SP campaigns per profile (default 5)' },
  'sb-campaigns': { min: 0, max: 1_000_000, describe: 'SB campaigns per profile (default 3)' },
  'sd-campaigns': { min: 0, max: 1_000_000, describe: 'SD campaigns per profile (default 2)' },
  'page-size': { min: 1, describe: 'Page size when a list call sends no maxResults/count (default: the largest the API allows)' },
  throttle: { min: 0, describe: 'The first N Ads API calls answer 429 with Retry-After' },
  'retry-after': { min: 0, describe: 'Retry-After of throttled calls, in seconds (default 1)' },
  'server-errors': { min: 0, describe: 'The next N Ads API calls answer 500, 503, 500, ...' },
  latency: { min: 0, describe: 'Delay before every response, in milliseconds' },
  'token-ttl': { min: 1, describe: 'expires_in of issued access tokens, in seconds (default 3600)' },
  'expire-tokens-after': { min: 0, describe: 'After N Ads API calls, the access tokens issued so far stop working (expired early)' },
  'report-delay': { min: 0, describe: 'Status polls a report stays PENDING/PROCESSING before COMPLETED (default 2)' },
  'report-delay-seconds': { min: 0, describe: 'Seconds after its creation before a report can be COMPLETED (default 0)' },
  'report-rows': { min: 0, max: 10_000_000, describe: 'Rows of every report file (default: one per SP campaign and day)' },
  'report-url-ttl': { min: 0, describe: 'Seconds a report download URL works (default 3600; 0 = expired at once, 403)' },
} as const;

function wholeNumberFlag(name: string, value: unknown, min: number, max?: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(Array.isArray(value) ? value[value.length - 1] : value).trim();
  const number = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(number) || number < min || (max !== undefined && number > max)) {
    const range = max === undefined ? `>= ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} must be a whole number ${range}, got ${JSON.stringify(text)} (see --help)`);
  }
  return number;
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

export const emulatorCommand: CommandModule<object, EmulatorArgs> = {
  command: 'emulator',
  describe: 'Run a local Login with Amazon + Amazon Ads API emulator (demo credentials, faults on demand)',
  builder: (yargs: Argv) => {
    let built = yargs
      .option('region', { type: 'string', default: 'na', describe: `Region whose marketplaces the profiles belong to: ${regionIds.join(', ')}` })
      .option('empty-profiles', { type: 'boolean', describe: 'GET /v2/profiles answers [] and every scope is refused' })
      .option('malformed', { type: 'boolean', describe: 'List calls answer a body that is not valid JSON' })
      .option('repeat-next-token', { type: 'boolean', describe: 'SP/SB list calls answer, from page two on, the nextToken they were sent' })
      .option('reject-refresh', { type: 'boolean', describe: 'The refresh_token grant answers invalid_grant' })
      .option('auto-consent', { type: 'boolean', describe: 'GET /ap/oa redirects at once with code and state' })
      .option('report-fail', { type: 'boolean', describe: 'Reports end FAILED with a failureReason' })
      .option('report-not-gzip', { type: 'boolean', describe: 'Report files are served as plain JSON, not gzip' })
      .option('report-truncated', { type: 'boolean', describe: 'Report files stop halfway through the gzip stream' });
    for (const [name, flag] of Object.entries(numberFlags)) {
      // Parsed by checkNumber rather than yargs, so a bad value is reported as the user typed it.
      built = built.option(name, { type: 'string', describe: `${flag.describe} [whole number]`, ...(name === 'port' ? { default: '0' } : {}) });
    }
    return built
      .example('$0 emulator --port 0 --region eu', 'prints {"url":...,"token_url":...,"region":"eu","credentials":{...}} and serves until Ctrl-C')
      .example('$0 emulator --throttle 2 --server-errors 1', 'the first two Ads API calls get 429, the third 500')
      .epilog(
        [
          'Demo credentials the emulator accepts (public, useless against Amazon):',
          `  client_id      ${demoCredentials.client_id}`,
          `  client_secret  ${demoCredentials.client_secret}`,
          `  refresh_token  ${demoCredentials.refresh_token}`,
          `  code           ${demoCredentials.code}  (once per emulator start, within 5 minutes, redirect_uri ${demoCredentials.redirect_uri})`,
          'Against it: api_url = URL, token_url = URL/auth/o2/token, auth_grant_url = URL/ap/oa.',
        ].join('\n'),
      ) as unknown as Argv<EmulatorArgs>;
  },
  handler: async (args) => {
    const region = String(args.region);
    if (!isRegionId(region)) throw new UsageError(`--region must be one of ${regionIds.join(', ')}, got ${JSON.stringify(region)}`);
    const number: Record<string, number | undefined> = {};
    for (const [name, flag] of Object.entries(numberFlags)) {
      number[name] = wholeNumberFlag(name, args[name as keyof EmulatorArgs], flag.min, 'max' in flag ? flag.max : undefined);
    }
    const { startEmulator } = await import('./server.js');
    const emulator = await startEmulator({
      port: number.port,
      region,
      seed: number.seed,
      campaigns: number.campaigns,
      sbCampaigns: number['sb-campaigns'],
      sdCampaigns: number['sd-campaigns'],
      pageSize: number['page-size'],
      throttle: number.throttle,
      retryAfterSeconds: number['retry-after'],
      serverErrors: number['server-errors'],
      latencyMs: number.latency,
      tokenTtlSeconds: number['token-ttl'],
      expireTokensAfterCalls: number['expire-tokens-after'],
      emptyProfiles: args['empty-profiles'],
      malformed: args.malformed,
      repeatNextToken: args['repeat-next-token'],
      rejectRefresh: args['reject-refresh'],
      autoConsent: args['auto-consent'],
      reportDelay: number['report-delay'],
      reportDelaySeconds: number['report-delay-seconds'],
      reportRows: number['report-rows'],
      reportUrlTtlSeconds: number['report-url-ttl'],
      reportFail: args['report-fail'],
      reportNotGzip: args['report-not-gzip'],
      reportTruncated: args['report-truncated'],
    });
    const { client_id, client_secret, refresh_token, code, redirect_uri } = emulator.credentials;
    const ready = {
      url: emulator.url,
      ...clientUrlsOf(emulator.url),
      region: emulator.region,
      credentials: { client_id, client_secret, refresh_token, code, redirect_uri },
    };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
    await waitForSignal();
    await emulator.stop();
    process.exit(0);
  },
};
