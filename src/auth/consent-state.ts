/**
 * The state of a consent this tool starts. Besides its random part it carries a tag: an HMAC, keyed by
 * the client secret, of the random part and the redirect_uri the consent URL names. A later run that
 * is handed the redirect (`--redirect-url … --state …`) can then tell which redirect_uri the consent
 * used when the address alone cannot (a browser shows `https://amazon.com` as `https://amazon.com/`),
 * and Login with Amazon only exchanges the code for that exact redirect_uri. Nothing is stored on disk;
 * the tag reveals neither the secret nor anything the consent URL does not already show.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { UsageError } from '../errors.js';

/** Random part (128 bits) and tag (132 bits), both base64url, joined by a dot. */
const STATE_SHAPE = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

function tagOf(nonce: string, clientSecret: string, redirectUri: string): string {
  return createHmac('sha256', clientSecret).update(`${nonce}\n${redirectUri}`).digest('base64url').slice(0, 22);
}

/** A fresh state for a consent URL naming `redirectUri`. */
export function newState(clientSecret: string, redirectUri: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${tagOf(nonce, clientSecret, redirectUri)}`;
}

/**
 * The one of `candidates` a state of this tool was made for, with this client secret; undefined when
 * the state was not made by this tool (another tool's, an older version's, a typo) or for none of them.
 */
export function redirectUriOfState(state: string | undefined, clientSecret: string, candidates: readonly string[]): string | undefined {
  const match = STATE_SHAPE.exec(state ?? '');
  if (!match) return undefined;
  const [, nonce, tag] = match;
  return candidates.find((candidate) => tagOf(nonce, clientSecret, candidate) === tag);
}

/**
 * The redirect_uri to exchange the code with when --redirect-url left two candidates: the one this
 * tool's consent recorded in the state, else a usage error naming both (before the one-time code is spent).
 */
export function redirectUriOfConsent(candidates: readonly string[], state: string | undefined, clientSecret: string): string {
  const recorded = redirectUriOfState(state, clientSecret, candidates);
  if (recorded !== undefined) return recorded;
  throw new UsageError(
    `--redirect-url does not show which return URL the consent used, ${candidates.join(' or ')} (browsers add the final slash): pass --redirect-uri with the redirect_uri of the authorization URL you opened`,
  );
}
