/**
 * `npm run collection -- [options]`: runs auth, profiles and campaigns headlessly through Newman.
 * Flags are declared here (with the defaults --help shows); their meaning is normalised in options.ts.
 */
import type { Argv, CommandModule } from 'yargs';
import { regionIds } from '../catalog/regions.js';
import { folderIds, regionVariable, reporterIds, runDefaults, type RunFlags } from './options.js';

export function collectionOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('region', {
      type: 'string',
      describe: `Amazon Ads region: ${regionIds.join(', ')}`,
      defaultDescription: `${regionVariable}, else ${runDefaults.region}`,
    })
    .option('folder', {
      type: 'string',
      array: true,
      default: [...runDefaults.folders],
      describe: `What to run, repeatable: ${folderIds.join(', ')} (always in that order)`,
    })
    .option('profile-id', {
      type: 'string',
      describe: 'Profile to use (else AMAZON_ADS_PROFILE_ID, else by --country, else the first listed)',
      defaultDescription: 'none',
    })
    .option('country', {
      type: 'string',
      describe: 'Choose the profile by marketplace country code, e.g. UK, DE (else AMAZON_ADS_PROFILE_COUNTRY)',
      defaultDescription: 'none',
    })
    .option('env-file', {
      type: 'string',
      describe: 'File with the AMAZON_ADS_* variables (the process environment wins); an explicitly named file must exist',
      defaultDescription: runDefaults.envFile,
    })
    .option('emulator', {
      type: 'boolean',
      default: false,
      describe: 'Start the embedded emulator and use its demo credentials (no .env needed)',
    })
    .option('api-url', {
      type: 'string',
      describe: "Ads API host instead of the region's (else AMAZON_ADS_API_URL)",
      defaultDescription: 'the region host',
    })
    .option('token-url', {
      type: 'string',
      describe: "Login with Amazon token endpoint instead of the region's (else AMAZON_ADS_TOKEN_URL)",
      defaultDescription: 'the region endpoint',
    })
    .option('auth-grant-url', {
      type: 'string',
      describe: "Consent page instead of the region's (else AMAZON_ADS_AUTH_GRANT_URL)",
      defaultDescription: 'the region page',
    })
    .option('reporters', {
      type: 'string',
      default: runDefaults.reporters.join(','),
      describe: `Comma-separated reporters: ${reporterIds.join(', ')}`,
    })
    .option('report-dir', {
      type: 'string',
      default: runDefaults.reportDir,
      describe: 'Folder for the junit / json report files',
    })
    .option('timeout-request', {
      type: 'number',
      describe: 'Per-request timeout in milliseconds',
      defaultDescription: 'none',
    })
    .option('page-size', {
      type: 'number',
      describe: 'Page size of the campaign list calls (maxResults / count); the run still follows every page',
      defaultDescription: "the API's",
    })
    .option('collection', {
      type: 'string',
      describe: 'Postman collection (v2.1) to run',
      defaultDescription: 'collections/amazon-ads-api.postman_collection.json',
    })
    .option('environment', {
      type: 'string',
      describe: 'Postman environment to start from (credentials, hosts and profile are injected into it)',
      defaultDescription: 'environments/amazon-ads-api.<region>.postman_environment.json',
    })
    .option('bail', {
      type: 'boolean',
      default: false,
      describe: 'Stop at the first failed request or assertion',
    })
    .option('export-environment', {
      type: 'string',
      describe: 'Write the final environment to PATH (mode 0600; secrets masked)',
      defaultDescription: 'none',
    })
    .option('export-secrets', {
      type: 'boolean',
      default: false,
      describe: 'Keep the secrets in the exported environment',
    })
    .option('verbose', {
      type: 'boolean',
      default: false,
      describe: 'Show every request and response in the CLI output (secrets masked)',
    })
    .example('$0 collection --region eu --emulator', 'Run against the embedded emulator')
    .example('$0 collection --region eu --reporters cli,junit', 'Smoke-test real credentials from .env');
}

export const collectionCommand: CommandModule<object, RunFlags> = {
  command: 'collection',
  describe: 'Run the collection headlessly through Newman (auth, profiles, campaigns)',
  builder: (yargs) => collectionOptions(yargs) as unknown as Argv<RunFlags>,
  handler: async (argv) => {
    const { runFromFlags } = await import('./run-from-flags.js');
    await runFromFlags(argv);
  },
};
