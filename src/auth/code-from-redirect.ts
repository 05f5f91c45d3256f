/**
 * Reading what Login with Amazon sent back: a redirect URL (or a bare code) turned into the
 * authorization code, with the state checked and a denial explained.
 */
import { RunFailure, UsageError } from '../errors.js';

export interface ExpectedRedirect {
  /** The state this run put into the authorization URL; undefined when it did not build one. */
  state?: string;
}

/** The OAuth error codes an authorization redirect can carry, in words. */
const consentErrors: Record<string, string> = {
  access_denied: 'the consent was denied (the user chose Cancel, or the account may not grant this app access)',
  invalid_scope: 'the scope advertising::campaign_management was refused - is the app approved for the Amazon Ads API?',
  unauthorized_client: 'this client id may not request authorization codes - check the security profile in the Amazon developer console',
  invalid_request: 'the authorization request was malformed - most often the redirect_uri is not one of the allowed return URLs of the security profile',
  unsupported_response_type: 'the server does not accept response_type=code',
  server_error: 'Login with Amazon had an internal error - try again in a minute',
  temporarily_unavailable: 'Login with Amazon is temporarily unavailable - try again in a minute',
};

/**
 * A redirect that does not belong to the consent this run started: its state is missing or another
 * one (a forged link, an old tab). The callback server refuses it and keeps waiting for the real one.
 */
export class ForeignRedirect extends UsageError {}

/** Whether the text looks like a URL rather than a bare code. */
function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith('/') || text.startsWith('?') || /[?&](code|error|state)=/.test(text);
}

function parseUrlLike(text: string): URL {
  try {
    if (text.startsWith('?')) return new URL(`http://pasted.invalid/${text}`);
    if (text.startsWith('/')) return new URL(`http://pasted.invalid${text}`);
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return new URL(`http://pasted.invalid/?${text}`);
    return new URL(text);
  } catch {
    throw new UsageError('the redirect URL could not be read as a URL; paste the whole address from the browser bar, or pass the code with --code');
  }
}

/**
 * The authorization code from a redirect URL or a bare code. Throws ForeignRedirect (a UsageError,
 * exit 2) when the run made a state and the URL carries none or another one, UsageError on a missing code, RunFailure (exit 1) when the redirect reports an error (e.g. access_denied).
 */
export function codeFromRedirect(input: string, expected: ExpectedRedirect): string {
  const text = input.trim();
  if (text === '') throw new UsageError('no authorization code given; paste the address the browser landed on, or pass --code');
  if (!looksLikeUrl(text)) {
    if (/\s/.test(text)) throw new UsageError('the authorization code contains whitespace; paste only the code (the value after code=) or the whole redirect URL');
    return text;
  }
  const url = parseUrlLike(text);
  const params = url.searchParams;
  const error = params.get('error');
  const state = params.get('state');
  if (state === null && expected.state !== undefined) {
    // Login with Amazon always sends the state back: a redirect without one was not made by the consent (login CSRF)
    throw new ForeignRedirect(
      'the redirect carries no state, so it does not come from the authorization URL of this run (a forged link, or an address typed by hand); open the URL printed by this run and approve there',
    );
  }
  if (state !== null) {
    if (expected.state === undefined) {
      throw new UsageError(
        'the redirect URL carries a state but this run has none to check it against; pass --state with the value from the authorization URL you opened',
      );
    }
    if (state !== expected.state) {
      throw new ForeignRedirect(
        'state mismatch: the redirect does not belong to the authorization URL of this run (an old tab, or a forged link); open the URL printed by this run and try again',
      );
    }
  }
  if (error !== null) {
    const why = consentErrors[error] ?? 'Login with Amazon reported an error';
    const detail = params.get('error_description');
    throw new RunFailure(`${error}: ${why}${detail ? ` (${detail.replace(/\s+/g, ' ').slice(0, 200)})` : ''}`);
  }
  const code = params.get('code');
  if (code === null || code === '') {
    throw new UsageError('the redirect URL has no code= parameter; copy the full address the browser landed on after you approved');
  }
  return code;
}
