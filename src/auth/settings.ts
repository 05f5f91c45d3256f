/**
 * Where `npm run auth` gets its settings: the options table (src/config/options.ts) resolved by the
 * one resolver (flag, then the process environment, then the env file, then the default), hosts from
 * src/core/regions.ts unless overridden, and the client id and secret cleaned by the one credential
 * cleaner the run uses (src/config/credentials.ts), so the same pasted value gives the same result.
 */
import { cleanCredential, checkCredentialShapes, clientIdWarning, trimmedWarning } from '../config/credentials.js';
import { mergeVariables } from '../config/env-file.js';
import type { FlagsOf, SettingsOf } from '../config/option-spec.js';
import { authOptionTable, DEFAULT_REDIRECT_URI, variables } from '../config/options.js';
import { resolveOptions, type Variables } from '../config/resolve-options.js';
import { clearTextWarnings } from '../config/clear-text-warning.js';
import { maskUserinfo } from '../core/url-userinfo.js';
import { MASK } from '../core/redact.js';
import { hostsOf } from '../core/regions.js';

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
  /**
   * Set when --redirect-url cannot tell the redirect_uri and none was given: its path is just `/`, so the
   * consent may have named the origin with or without that slash. run-auth.ts picks one by the state.
   */
  redirectUriCandidates: string[];
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
  let redirectUriCandidates: string[] = [];
  if (redirectUri === undefined && settings.redirectUrl) {
    const candidates = redirectUrisOfUrl(settings.redirectUrl);
    if (candidates.length === 1) redirectUri = candidates[0];
    else redirectUriCandidates = candidates;
  }
  const hosts = hostsOf(settings.region, settings);
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
    redirectUriCandidates,
    warnings: [...warnings, ...clearTextWarnings(hosts.token_url)],
  };
}

/**
 * The redirect_uri values a redirect URL may have been sent to: origin + path; when the path is just
 * `/`, also the bare origin (a browser shows `https://amazon.com?code=…` as `https://amazon.com/?code=…`).
 * Empty when the text is not an http(s) URL.
 */
export function redirectUrisOfUrl(redirectUrl: string): string[] {
  try {
    const url = new URL(redirectUrl.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
    return url.pathname === '/' ? [url.origin, `${url.origin}/`] : [`${url.origin}${url.pathname}`];
  } catch {
    return [];
  }
}
