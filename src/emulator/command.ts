/**
 * `npm run -s emulator -- --port 0 [--region na|eu|fe] [fault flags]`: starts the emulator, prints ONE
 * line of JSON ({url, api_url, token_url, auth_grant_url, region, credentials}) on stdout when ready, and
 * runs until SIGINT/SIGTERM (exit 0). (`-s` keeps npm's own banner off stdout.) Its flags are declared
 * in the options table (src/config/options.ts).
 * The server and its options load lazily so `--help` and the other commands stay fast.
 */
import type { CommandModule } from 'yargs';
import type { FlagsOf } from '../config/option-spec.js';
import { emulatorOptionTable } from '../config/options.js';
import { resolveOptions } from '../config/resolve-options.js';
import { yargsOptionsOf } from '../config/yargs-options.js';
import { demoCredentials } from './credentials.js';
import { hostsAt } from '../core/regions.js';

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

export const emulatorCommand: CommandModule<object, FlagsOf<typeof emulatorOptionTable>> = {
  command: 'emulator',
  describe: 'Run a local Login with Amazon + Amazon Ads API emulator (demo credentials, faults on demand)',
  builder: (yargs) =>
    yargs
      .options(yargsOptionsOf(emulatorOptionTable))
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
      ),
  handler: async (argv) => {
    // flags only: an emulator reads no variables
    const flags = resolveOptions(emulatorOptionTable, argv, () => ({}));
    const { startEmulator } = await import('./server.js');
    const { emulatorOptionsOf } = await import('./options.js');
    const emulator = await startEmulator(emulatorOptionsOf(flags));
    const { client_id, client_secret, refresh_token, code, redirect_uri } = emulator.credentials;
    const ready = {
      url: emulator.url,
      ...hostsAt(emulator.url),
      region: emulator.region,
      credentials: { client_id, client_secret, refresh_token, code, redirect_uri },
    };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
    await waitForSignal();
    await emulator.stop();
    process.exit(0);
  },
};
