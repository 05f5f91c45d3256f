/**
 * Masks credential-looking strings before the bench prints or writes a child's words (an error
 * line quoted in a note). The bench only ever uses the emulator's demo credentials, but a note
 * must not become the first place a secret leaks if that ever changes.
 */
const TOKEN_PATTERNS = [/Atz[ar]\|[A-Za-z0-9_\-|.~+/=]+/g, /amzn1\.oa2-cs\.v1\.[A-Za-z0-9]+/g];

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, '***');
  return out;
}
