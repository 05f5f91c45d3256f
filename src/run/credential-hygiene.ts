/**
 * Credentials as people paste them: with quotes a shell or a CI secret kept, with spaces, with a line
 * break from a wrapped terminal. Surrounding quotes and whitespace are trimmed with a warning; a line
 * break inside a value is rejected (no server accepts it, and the error would be a confusing
 * invalid_client); a client id not shaped like Login with Amazon's gets a warning and is still tried.
 * Warnings and errors name the variable, never its value.
 */
import { UsageError } from '../errors.js';
import { credentialVariables } from './credentials.js';
import type { Variables } from './options.js';

export const lwaClientIdPrefix = 'amzn1.application-oa2-client.';

/** The value without surrounding whitespace and matching quotes (repeatedly: `" 'x' "` -> `x`). */
export function unwrapCredential(raw: string): string {
  let value = raw.trim();
  for (;;) {
    const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0];
    if (!quoted) return value;
    value = value.slice(1, -1).trim();
  }
}

/**
 * The variables with the three credentials cleaned, and the warnings to print. `source` names where
 * they may come from (the env file).
 */
export function cleanCredentials(variables: Variables, source: string): { variables: Variables; warnings: string[] } {
  const cleaned: Record<string, string | undefined> = { ...variables };
  const padded: string[] = [];
  const warnings: string[] = [];
  for (const { variable } of Object.values(credentialVariables)) {
    const raw = variables[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const value = unwrapCredential(raw);
    if (/[\r\n]/.test(value)) {
      throw new UsageError(`${variable} contains a line break: set it again as one line, in ${source} or the environment`);
    }
    if (value !== raw) padded.push(variable);
    cleaned[variable] = value;
  }
  if (padded.length > 0) {
    warnings.push(
      `${padded.join(', ')} had surrounding quotes or whitespace: using ${padded.length === 1 ? 'it' : 'them'} trimmed - remove them in ${source} or the environment`,
    );
  }
  const clientId = cleaned[credentialVariables.client_id.variable];
  if (clientId && !clientId.startsWith(lwaClientIdPrefix)) {
    warnings.push(
      `${credentialVariables.client_id.variable} does not look like a Login with Amazon client id (${lwaClientIdPrefix}…): trying it anyway - if the token request fails, copy it again from your security profile`,
    );
  }
  return { variables: cleaned, warnings };
}
