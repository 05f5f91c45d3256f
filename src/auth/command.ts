/**
 * `npm run auth`: the credentials helper. Turns Login with Amazon consent into a refresh token and a
 * profile id written to the env file. The flow is in runAuth.ts, one module per step beside it.
 */
import type { CommandModule } from 'yargs';
import { authOptionTable, DEFAULT_ENV_FILE } from '../config/options.js';
import { yargsOptionsOf } from '../config/yargs-options.js';
import type { AuthFlags } from './settings.js';

export const authCommand: CommandModule<object, AuthFlags> = {
  command: 'auth',
  describe: 'Get a refresh token and a profile id through Login with Amazon and write them to .env',
  builder: (yargs) =>
    yargs
      .options(yargsOptionsOf(authOptionTable))
      .conflicts('code', 'redirect-url')
      .example('$0 auth --region eu', 'print the consent URL, wait for the redirect, write .env')
      .example('$0 auth --region eu --redirect-url "https://example.com/?code=...&state=..." --state ...', 'finish with a pasted redirect'),
  handler: async (argv) => {
    const { runAuth } = await import('./run-auth.js');
    await runAuth(
      { ...argv, envFile: String(argv.envFile ?? '').trim() || DEFAULT_ENV_FILE },
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
