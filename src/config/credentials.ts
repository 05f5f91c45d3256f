/**
 * The ONE credential cleaner, used by `collection` and `auth`. Credentials as people paste them: with
 * quotes a shell or a CI secret kept, with spaces, with a line break from a wrapped terminal.
 * Surrounding quotes and whitespace are trimmed (repeatedly: `" 'x' "` -> `x`) with a warning; a line
 * break inside is rejected (no server accepts it); the common mix-ups (an access token given as the
 * refresh token, client id and secret swapped) are named before any request. Warnings and errors
 * name the variable, never its value.
 */
import { UsageError } from '../errors.js';
import { variables as names } from './options.js';
import type { Variables } from './resolve-options.js';

export interface Credentials {
  client_id: string;
  client_secret: string;
  refresh_token: string;
}

/** The required variables, each with where a user gets it. */
export const credentialVariables = {
  client_id: { variable: names.clientId, obtain: 'the Client ID of your Login with Amazon security profile' },
  client_secret: { variable: names.clientSecret, obtain: 'the Client Secret of the same security profile' },
  refresh_token: { variable: names.refreshToken, obtain: 'a refresh token from `npm run auth`' },
} as const satisfies Record<keyof Credentials, { variable: string; obtain: string }>;

export const lwaClientIdPrefix = 'amzn1.application-oa2-client.';
/** What a Login with Amazon client secret starts with. */
const lwaClientSecretPrefix = 'amzn1.oa2-cs.v1.';

/** The value without surrounding whitespace and matching quotes (repeatedly: `" 'x' "` -> `x`). */
export function unwrapCredential(raw: string): string {
  let value = raw.trim();
  for (;;) {
    const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0];
    if (!quoted) return value;
    value = value.slice(1, -1).trim();
  }
}

/** One credential cleaned: undefined when blank; a line break inside is a UsageError naming `name` and `where`. */
export function cleanCredential(name: string, raw: string | undefined, where: string): { value?: string; trimmed: boolean } {
  if (raw === undefined || raw.trim() === '') return { trimmed: false };
  const value = unwrapCredential(raw);
  if (/[\r\n]/.test(value)) throw new UsageError(`${name} contains a line break: set it again as one line, in ${where}`);
  return { value: value === '' ? undefined : value, trimmed: value !== raw };
}

/** The warning for the credentials that were trimmed (named, never shown). */
export function trimmedWarning(trimmed: string[], where: string): string[] {
  if (trimmed.length === 0) return [];
  return [`${trimmed.join(', ')} had surrounding quotes or whitespace: using ${trimmed.length === 1 ? 'it' : 'them'} trimmed - remove them in ${where}`];
}

/** Mix-ups recognised by their shape (exit 2 before any request); undefined values are not checked. */
export function checkCredentialShapes(credentials: Partial<Credentials>): void {
  if (credentials.refresh_token?.startsWith('Atza|')) {
    throw new UsageError(
      `${names.refreshToken} holds an access token (Atza|…), not a refresh token (Atzr|…) — get a refresh token with \`npm run auth\``,
    );
  }
  if (credentials.client_id?.startsWith(lwaClientSecretPrefix) && credentials.client_secret?.startsWith(lwaClientIdPrefix)) {
    throw new UsageError(
      `client id and secret are swapped: ${names.clientId} holds the client secret (${lwaClientSecretPrefix}…) and ${names.clientSecret} the client id (${lwaClientIdPrefix}…) — exchange them`,
    );
  }
}

/** The warning for a client id not shaped like Login with Amazon's (it is still tried). */
export function clientIdWarning(clientId: string | undefined): string[] {
  if (!clientId || clientId.startsWith(lwaClientIdPrefix)) return [];
  return [
    `${names.clientId} does not look like a Login with Amazon client id (${lwaClientIdPrefix}…): trying it anyway - if the token request fails, copy it again from your security profile`,
  ];
}

/**
 * The variables with the three credentials cleaned, and the warnings to print. `source` names where
 * they may come from (the env file).
 */
export function cleanCredentials(variables: Variables, source: string): { variables: Variables; warnings: string[] } {
  const cleaned: Record<string, string | undefined> = { ...variables };
  const trimmed: string[] = [];
  const where = `${source} or the environment`;
  for (const { variable } of Object.values(credentialVariables)) {
    const result = cleanCredential(variable, variables[variable], where);
    if (result.value === undefined) continue;
    if (result.trimmed) trimmed.push(variable);
    cleaned[variable] = result.value;
  }
  checkCredentialShapes({
    client_id: cleaned[names.clientId],
    client_secret: cleaned[names.clientSecret],
    refresh_token: cleaned[names.refreshToken],
  });
  return { variables: cleaned, warnings: [...trimmedWarning(trimmed, where), ...clientIdWarning(cleaned[names.clientId])] };
}

/** The three credentials, or a UsageError naming every missing one and how to obtain it. */
export function requireCredentials(variables: Variables, envFile: string): Credentials {
  const entries = Object.entries(credentialVariables) as Array<[keyof Credentials, (typeof credentialVariables)[keyof Credentials]]>;
  const missing = entries.filter(([, { variable }]) => !variables[variable]?.trim());
  if (missing.length > 0) {
    const list = missing.map(([, { variable, obtain }]) => `${variable} (${obtain})`).join(', ');
    throw new UsageError(
      `missing credentials: ${list}. Set them in the environment or in ${envFile} (see .env.example); ` +
        'get them with `npm run auth` and the README section "Getting credentials", or try `--emulator`',
    );
  }
  const value = (key: keyof Credentials) => variables[credentialVariables[key].variable]!.trim();
  return { client_id: value('client_id'), client_secret: value('client_secret'), refresh_token: value('refresh_token') };
}
