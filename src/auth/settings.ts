/**
 * Where `npm run auth` gets its settings: the options table (src/config/options.ts) resolved by the
 * one resolver (flag, then the process environment, then the env file, then the default), hosts from
 * src/catalog/regions.ts unless overridden, and the client id and secret cleaned by the one credential
 * cleaner the run uses (src/config/credentials.ts), so the same pasted value gives the same result.
 */
import { cleanCredential, checkCredentialShapes, clientIdWarning, trimmedWarning } from '../config/credentials.js';
import { mergeVariables } from '../config/env-file.js';
import type { FlagsOf, SettingsOf } from '../config/option-spec.js';
import { authOptionTable, DEFAULT_REDIRECT_URI, variables } from '../config/options.js';
import { resolveOptions, type Variables } from '../config/resolve-options.js';
import { hostsFor } from '../config/run-settings.js';
import { clearTextWarnings } from '../config/clear-text-warning.js';
import { maskUserinfo } from '../config/url-userinfo.js';
import { MASK } from '../run/redact.js';

export { DEFAULT_REDIRECT_URI };

/** The flags of `npm run auth` (yargs' camel-cased argv, or an in-process caller's options). */
export type AuthFlags = FlagsOf<typeof authOptionTable>;

export type AuthSettings = Omit<SettingsOf<typeof authOptionTable>, 'apiUrl' | 'tokenUrl' | 'authGrantUrl' | 'redirectUri'> & {
  apiUrl: string;
  tokenUrl: string;
  authGrantUrl: string;
  /** The host overrides given as flags, as the `Next:` hint repeats them; empty when none. */
  hostFlags: string[];
  redirectUri: string;
  /** True when the redirect_uri was given (flag, environment) or read from --redirect-url, not defaulted. */
  redirectUriGiven: boolean;
  warnings: string[];
};

export function resolveSettings(flags: AuthFlags, env: Variables, fileValues: Variables): AuthSettings {
  const settings = resolveOptions(authOptionTable, flags, () => mergeVariables(fileValues, env));
  const where = `--client-id / --client-secret, the environment or ${settings.envFile}`;
  const clientId = cleanCredential(variables.clientId, settings.clientId, where);
  const clientSecret = cleanCredential(variables.clientSecret, settings.clientSecret, where);
  checkCredentialShapes({ client_id: clientId.value, client_secret: clientSecret.value });
  const trimmed: string[] = [];
  if (clientId.trimmed) trimmed.push(variables.clientId);
  if (clientSecret.trimmed) trimmed.push(variables.clientSecret);
  const warnings = [...trimmedWarning(trimmed, where), ...clientIdWarning(clientId.value)];

  let redirectUri = settings.redirectUri;
  if (redirectUri === undefined && settings.redirectUrl) redirectUri = redirectUriOfUrl(settings.redirectUrl);
  const hosts = hostsFor(settings.region, settings);
  // hosts given as flags are gone after this command (variables stay where they were set)
  const given = (flag: unknown) => flag !== undefined && String(flag).trim() !== '';
  const hostFlags = [
    given(flags.apiUrl) ? `--api-url ${settings.apiUrl}` : undefined,
    given(flags.tokenUrl) ? `--token-url ${settings.tokenUrl}` : undefined,
    given(flags.authGrantUrl) ? `--auth-grant-url ${settings.authGrantUrl}` : undefined,
  ]
    .filter((flag): flag is string => flag !== undefined)
    // a password in a URL is never printed: the hint shows where it goes
    .map((flag) => maskUserinfo(flag, MASK));
  return {
    ...settings,
    apiUrl: hosts.api_url,
    tokenUrl: hosts.token_url,
    authGrantUrl: hosts.auth_grant_url,
    hostFlags,
    clientId: clientId.value,
    clientSecret: clientSecret.value,
    redirectUri: redirectUri ?? DEFAULT_REDIRECT_URI,
    redirectUriGiven: redirectUri !== undefined,
    warnings: [...warnings, ...clearTextWarnings(hosts.token_url)],
  };
}

/** The redirect_uri a redirect URL was sent to (origin + path). */
export function redirectUriOfUrl(redirectUrl: string): string | undefined {
  try {
    const url = new URL(redirectUrl.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}
