/**
 * The environment a run hands to Newman: the region's environment file with what the runner sets
 * (credentials, the profile asked for, the run's limits), the hosts the file does not already hold
 * (an emulator's, --api-url / --token-url / --auth-grant-url, another region's), and `--env-var` last;
 * and the secrets the run knows before it starts.
 */
import type { Credentials } from '../../config/credentials.js';
import type { RunOptions } from '../../config/run-settings.js';
import { hostNames, type Hosts } from '../../core/regions.js';
import { userinfoSecretsOf } from '../../core/url-userinfo.js';
import { derivedSecrets } from '../../core/redact.js';
import { changedValues, maskedVariableNames, withValues, type EnvironmentJson } from './environment.js';

/** The environment values the runner sets: credentials, the hosts to write, the profile asked for and the run's limits. */
function runValues(options: RunOptions, credentials: Credentials, hosts: Partial<Hosts>): Record<string, string> {
  const profileAsked = options.profileId !== undefined || options.country !== undefined;
  return {
    ...credentials,
    ...hosts,
    profileId: options.profileId ?? '',
    profile_country: options.country ?? '',
    // a headless run that asked for a profile fails when it is not there, instead of falling back to the first
    ...(profileAsked ? { strict_profile_choice: 'true' } : {}),
    ...(options.pageSize === undefined ? {} : { page_size: String(options.pageSize) }),
    max_pages: String(options.maxPages),
    ...(options.reportDates ? { report_start_date: options.reportDates.startDate, report_end_date: options.reportDates.endDate } : {}),
    ...(options.reportTimeout === undefined ? {} : { report_timeout_seconds: String(options.reportTimeout) }),
    access_token: '',
    token_expires_at: '',
  };
}

export interface RunEnvironmentInput {
  options: RunOptions;
  credentials: Credentials;
  hosts: Hosts;
  /** Set first, before the hosts are compared: the emulator's poll time, a programmatic caller's values. */
  given: Record<string, string>;
  /** Several profiles (profiles/profile-loop.ts), set after the runner's values. */
  loop: Record<string, string>;
}

export function runEnvironmentOf(base: EnvironmentJson, { options, credentials, hosts, given, loop }: RunEnvironmentInput): EnvironmentJson {
  const start = withValues(base, given);
  // the environment file holds its region's hosts (for Postman users): only hosts it does not hold are written
  // --env-var last, as with `newman run`: it overrides what the environment file and the runner set
  return withValues(start, { ...runValues(options, credentials, changedValues(start, hosts)), ...loop, ...options.envVar });
}

/** Values of --env-var that must never be shown: secret variables and anything named like a secret. */
function secretEnvVarValues(envVar: Record<string, string>): string[] {
  return Object.entries(envVar)
    .filter(([key]) => maskedVariableNames.includes(key) || /secret|token|password|passphrase|api_?key/i.test(key))
    .map(([, value]) => value);
}

/** What the run's redactor masks from the start: the credentials (and their derived spellings), secret --env-var values, passwords in host URLs. */
export function knownSecretsOf(options: RunOptions, credentials: Credentials, hosts: Hosts): Array<string | undefined> {
  return [
    credentials.client_secret,
    credentials.refresh_token,
    ...derivedSecrets(credentials.client_id, credentials.client_secret),
    options.sslClientPassphrase,
    ...secretEnvVarValues(options.envVar),
    ...Object.values(hosts).flatMap(userinfoSecretsOf),
  ];
}

/** The run's host URLs as the environment finally holds them (after --env-var). */
export function hostValuesOf(environment: EnvironmentJson): string[] {
  const names: readonly string[] = hostNames;
  return (environment.values ?? []).filter((entry) => names.includes(entry.key) && typeof entry.value === 'string').map((entry) => String(entry.value));
}
