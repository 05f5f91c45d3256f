/**
 * Where `npm run auth` gets its settings: flags first, then the process environment, then the env
 * file; hosts from src/catalog/regions.ts unless overridden. Credentials are cleaned (surrounding
 * whitespace or quotes trimmed with a warning; a line break inside rejected).
 */
import { regions, regionIds, isRegionId, type RegionId } from '../catalog/regions.js';
import { UsageError } from '../errors.js';

/** Return URL used when none is given: served by the local callback server. Add it to the security profile. */
export const DEFAULT_REDIRECT_URI = 'http://localhost:8765/callback';

export const envNames = {
  clientId: 'AMAZON_ADS_CLIENT_ID',
  clientSecret: 'AMAZON_ADS_CLIENT_SECRET',
  refreshToken: 'AMAZON_ADS_REFRESH_TOKEN',
  profileId: 'AMAZON_ADS_PROFILE_ID',
  region: 'AMAZON_ADS_REGION',
  redirectUri: 'AMAZON_ADS_REDIRECT_URI',
  apiUrl: 'AMAZON_ADS_API_URL',
  tokenUrl: 'AMAZON_ADS_TOKEN_URL',
  authGrantUrl: 'AMAZON_ADS_AUTH_GRANT_URL',
} as const;

export interface AuthFlags {
  /** Undefined: AMAZON_ADS_REGION from the environment or env file, else na. */
  region?: string;
  clientId?: string;
  clientSecret?: string;
  redirectUri?: string;
  code?: string;
  redirectUrl?: string;
  state?: string;
  country?: string;
  envFile: string;
  apiUrl?: string;
  tokenUrl?: string;
  authGrantUrl?: string;
}

export interface AuthSettings {
  region: RegionId;
  apiUrl: string;
  tokenUrl: string;
  authGrantUrl: string;
  clientId?: string;
  clientSecret?: string;
  redirectUri: string;
  /** True when the redirect_uri was given (flag, environment) or read from --redirect-url, not defaulted. */
  redirectUriGiven: boolean;
  warnings: string[];
}

/** A credential as typed or pasted: whitespace and one pair of surrounding quotes trimmed (warned), line breaks rejected. */
export function cleanCredential(name: string, raw: string | undefined, warnings: string[]): string | undefined {
  if (raw === undefined) return undefined;
  let value = raw.trim();
  const quoted = /^(["'])(.*)\1$/s.exec(value);
  if (quoted) value = quoted[2].trim();
  if (/[\r\n]/.test(value)) throw new UsageError(`${name} contains a line break; set it on one line, without quotes`);
  if (value !== raw) warnings.push(`${name} had surrounding whitespace or quotes; they were trimmed`);
  return value === '' ? undefined : value;
}

function hostUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${name} is not a URL (${value}); give a full http:// or https:// address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${name} must be an http:// or https:// URL`);
  return value.replace(/\/+$/, '');
}

export function resolveSettings(flags: AuthFlags, env: NodeJS.ProcessEnv, fileValues: Record<string, string>): AuthSettings {
  const fromEnv = (name: string): string | undefined => {
    const value = env[name] ?? fileValues[name];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const regionId = (flags.region ?? fromEnv(envNames.region)?.trim() ?? 'na').toLowerCase();
  if (!isRegionId(regionId)) {
    throw new UsageError(`unknown region "${regionId}"; use --region with one of ${regionIds.join(', ')}`);
  }
  const region = regions[regionId];
  const warnings: string[] = [];
  const clientId = cleanCredential('the client id', flags.clientId ?? fromEnv(envNames.clientId), warnings);
  const clientSecret = cleanCredential('the client secret', flags.clientSecret ?? fromEnv(envNames.clientSecret), warnings);
  if (clientId && !clientId.startsWith('amzn1.application-oa2-client.')) {
    warnings.push('the client id does not look like amzn1.application-oa2-client.…; trying it anyway');
  }
  const explicitRedirect = flags.redirectUri ?? fromEnv(envNames.redirectUri);
  let redirectUri = explicitRedirect?.trim();
  let redirectUriGiven = redirectUri !== undefined;
  if (!redirectUri && flags.redirectUrl) {
    const derived = redirectUriOfUrl(flags.redirectUrl);
    if (derived) {
      redirectUri = derived;
      redirectUriGiven = true;
    }
  }
  if (redirectUri) hostUrl('--redirect-uri', redirectUri);
  return {
    region: regionId,
    apiUrl: hostUrl('--api-url / AMAZON_ADS_API_URL', flags.apiUrl ?? fromEnv(envNames.apiUrl) ?? region.api_url),
    tokenUrl: hostUrl('--token-url / AMAZON_ADS_TOKEN_URL', flags.tokenUrl ?? fromEnv(envNames.tokenUrl) ?? region.token_url),
    authGrantUrl: hostUrl('--auth-grant-url / AMAZON_ADS_AUTH_GRANT_URL', flags.authGrantUrl ?? fromEnv(envNames.authGrantUrl) ?? region.auth_grant_url),
    clientId,
    clientSecret,
    redirectUri: redirectUri ?? DEFAULT_REDIRECT_URI,
    redirectUriGiven,
    warnings,
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
