/**
 * The userinfo of a URL (`http://user:password@host/...`): a password typed into --api-url or
 * --token-url. It is masked wherever a URL is printed or written, whatever its length (the pattern
 * below), and its parts are handed to the run's redactor as secrets so they are masked in their other
 * spellings too (URL-encoded, in a Basic Authorization header).
 */

/**
 * `://userinfo@` as it appears in any text; the userinfo ends at the last `@` before the host. Starts
 * at the literal `://` (fast over large bodies) and is bounded, so a long text costs one pass.
 */
const USERINFO = /:\/\/[^\s/?#"'<>\\]{1,512}@/g;

/** `text` with the userinfo of every URL in it (http, https or any other scheme) replaced by `mask`. */
export function maskUserinfo(text: string, mask: string): string {
  return text.replace(USERINFO, `://${mask}@`);
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The secrets a URL's userinfo holds: the password (as typed and decoded), `user:password` and its
 * base64 (the Basic Authorization header built from it). Empty when the URL has no password.
 */
export function userinfoSecretsOf(urlText: string | undefined): string[] {
  if (!urlText) return [];
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return [];
  }
  if (url.password === '') return [];
  const pair = `${decoded(url.username)}:${decoded(url.password)}`;
  return [...new Set([url.password, decoded(url.password), `${url.username}:${url.password}`, pair, Buffer.from(pair, 'utf8').toString('base64')])];
}
