/**
 * The two commands the bench compares, spelled the way a user runs them, both as child processes
 * pointed at the same emulator:
 * - ours: `node scripts/launch.mjs collection -- --region na`, exactly what `npm run collection -- --region na`
 *   runs (without npm's own start-up), with the hosts and the demo credentials in the environment
 *   (AMAZON_ADS_*), as a CI job would;
 * - plain Newman: `newman run <collection> -e <environment> --env-var ... --folder ...` on the same
 *   generated files and the same requests (the runner's folder mapping, issue 4).
 */
import path from 'node:path';
import type { Emulator } from './emulator.js';
import { hostsOf } from './emulator.js';

export const collectionFile = 'collections/amazon-ads-api.postman_collection.json';
export const environmentFile = (region: string) => `environments/amazon-ads-api.${region}.postman_environment.json`;
export const newmanBin = 'node_modules/newman/bin/newman.js';
/** The launcher every npm script of the CLI runs (package.json): compiled JavaScript, no tsx. */
export const launcher = 'scripts/launch.mjs';

/** The runner's mapping of --folder auth, profiles, campaigns to request names (issue 4). */
export const runnerRequests = [
  'Access token from refresh token',
  'Profiles',
  'List SP campaigns',
  'List SB campaigns',
  'List SD campaigns',
] as const;

/** What `--api unified` runs (src/run/selection/folders.ts: the campaigns query plus the steps it needs). */
export const unifiedRequests = ['Access token from refresh token', 'Query advertiser accounts', 'Query campaigns'] as const;

export interface Invocation {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** The parent's environment without any AMAZON_ADS_* a developer may have exported. */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('AMAZON_ADS_')) env[key] = value;
  }
  env.NO_COLOR = '1';
  return env;
}

export function ourCollectionCommand(root: string, emulator: Emulator, extraArgs: string[] = []): Invocation {
  const hosts = hostsOf(emulator);
  return {
    command: process.execPath,
    // the same arguments as package.json's "collection": "node scripts/launch.mjs collection --"
    args: [path.join(root, launcher), 'collection', '--', '--region', 'na', ...extraArgs],
    env: {
      ...cleanEnvironment(),
      AMAZON_ADS_API_URL: hosts.api_url,
      AMAZON_ADS_TOKEN_URL: hosts.token_url,
      AMAZON_ADS_AUTH_GRANT_URL: hosts.auth_grant_url,
      AMAZON_ADS_CLIENT_ID: emulator.credentials.client_id,
      AMAZON_ADS_CLIENT_SECRET: emulator.credentials.client_secret,
      AMAZON_ADS_REFRESH_TOKEN: emulator.credentials.refresh_token,
      // set but empty: a developer's .env must not pick the profile for the bench
      AMAZON_ADS_PROFILE_ID: '',
      AMAZON_ADS_PROFILE_COUNTRY: '',
    },
  };
}

/** The run's settings as `--env-var key=value` pairs: the emulator's hosts and demo credentials. */
function emulatorEnvVars(emulator: Emulator, pageSize?: number): string[] {
  const values: Record<string, string> = {
    ...hostsOf(emulator),
    client_id: emulator.credentials.client_id,
    client_secret: emulator.credentials.client_secret,
    refresh_token: emulator.credentials.refresh_token,
  };
  if (pageSize !== undefined) values.page_size = String(pageSize);
  return Object.entries(values).flatMap(([key, value]) => ['--env-var', `${key}=${value}`]);
}

/** `node newman.js run <collection> -e <environment>` on the emulator, with `--folder` for each of `requests`. */
function newmanInvocation(root: string, emulator: Emulator, files: { collection: string; environment: string }, requests: readonly string[], pageSize?: number): Invocation {
  return {
    command: process.execPath,
    args: [
      path.join(root, newmanBin),
      'run',
      path.join(root, files.collection),
      '-e',
      path.join(root, files.environment),
      ...emulatorEnvVars(emulator, pageSize),
      ...requests.flatMap((name) => ['--folder', name]),
    ],
    env: cleanEnvironment(),
  };
}

export function newmanRunCommand(root: string, emulator: Emulator, pageSize?: number, requests: readonly string[] = runnerRequests): Invocation {
  return newmanInvocation(root, emulator, { collection: collectionFile, environment: environmentFile('na') }, requests, pageSize);
}

/** Amazon's official collection and environment (reference data in ../shared, beside the project). */
export const officialCollection = '../shared/reference/postman/Amazon_Ads_API.postman_collection.json';
export const officialEnvironment = '../shared/reference/postman/Amazon_Ads_API_Environment.postman_environment.json';
/** The official folders and request of what `collection` runs by default: the token, the profiles, the three campaign lists. */
export const officialRequests = ['Access token from refresh token', 'Profiles', 'First call'] as const;

/** Plain `newman run` on Amazon's official collection, same emulator, same requests as our default run. */
export function officialNewmanCommand(root: string, emulator: Emulator): Invocation {
  return newmanInvocation(root, emulator, { collection: officialCollection, environment: officialEnvironment }, officialRequests);
}
