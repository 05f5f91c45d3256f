/**
 * The ONE redactor of a run. It knows the run's secret values (client secret, refresh token and every
 * access token seen so far) and masks them, and anything shaped like a Login with Amazon token
 * (`Atza|...`, `Atzr|...`), in every text the run prints or writes: CLI output, reports, error
 * messages, exported environments.
 *
 * A secret can appear encoded: JSON-escaped in the JSON report, XML-escaped in JUnit, URL-encoded in
 * a form body or a query string. Each added secret is masked in all of those spellings. The userinfo
 * of every http(s) URL (`http://user:pass@host`) is masked too.
 */
import { maskUserinfo } from './url-userinfo.js';

export const MASK = '[REDACTED]';

/** Shorter values are not masked: they would mask ordinary words and cannot be secrets worth the name. */
const MIN_SECRET_LENGTH = 6;

/** Login with Amazon access (Atza) and refresh (Atzr) tokens, raw or URL-encoded. */
const LWA_TOKEN = /Atz[ar](?:\||%7[cC])[A-Za-z0-9\-_.~+/=%|]+/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** HTML-escaped as Handlebars does it (HTML reports such as htmlextra's). */
function htmlEscape(text: string): string {
  return xmlEscape(text).replace(/&apos;/g, '&#x27;').replace(/`/g, '&#x60;').replace(/=/g, '&#x3D;');
}

/** Every spelling in which `secret` may reach an output. */
export function spellingsOf(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const uri = encodeURIComponent(secret);
  const spellings = [
    secret,
    json,
    JSON.stringify(json).slice(1, -1),
    uri,
    uri.replace(/%20/g, '+'),
    encodeURI(secret),
    xmlEscape(secret),
    xmlEscape(json),
    htmlEscape(secret),
    htmlEscape(json),
  ];
  return [...new Set(spellings)];
}

/**
 * Secrets derived from the credentials that a server may echo: the HTTP Basic form of the client
 * (base64 and base64url of `client_id:client_secret`) and the secret's own base64. Masked like the rest.
 */
export function derivedSecrets(clientId: string, clientSecret: string): string[] {
  const basic = Buffer.from(`${clientId}:${clientSecret}`, 'utf8');
  const secret = Buffer.from(clientSecret, 'utf8');
  return [basic.toString('base64'), basic.toString('base64url'), secret.toString('base64'), secret.toString('base64url')];
}

/**
 * A URL as a message shows it before the run knows its secrets (a flag's value being checked): the
 * userinfo, every query value, the fragment and anything shaped like an LWA token masked, the rest as
 * typed. A URL given with `?client_secret=...&refresh_token=Atzr|...` is refused without echoing them.
 */
export function maskUrl(text: string): string {
  const hash = text.indexOf('#');
  const beforeHash = hash === -1 ? text : text.slice(0, hash);
  const fragment = hash === -1 ? '' : `#${hash === text.length - 1 ? '' : MASK}`;
  const question = beforeHash.indexOf('?');
  const base = question === -1 ? beforeHash : beforeHash.slice(0, question);
  const query =
    question === -1
      ? ''
      : `?${beforeHash
          .slice(question + 1)
          .split('&')
          .map((pair) => {
            const equals = pair.indexOf('=');
            if (equals === -1) return pair === '' ? pair : MASK;
            return equals === pair.length - 1 ? pair : `${pair.slice(0, equals)}=${MASK}`;
          })
          .join('&')}`;
  return maskUserinfo(`${base}${query}${fragment}`.replace(LWA_TOKEN, MASK), MASK);
}

export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Remember a secret value; it is masked in everything redacted from now on. */
  add(secret: string | undefined | null): void {
    if (typeof secret !== 'string') return;
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH || this.secrets.has(value)) return;
    this.secrets.add(value);
    this.pattern = undefined;
  }

  has(secret: string): boolean {
    return this.secrets.has(secret.trim());
  }

  get size(): number {
    return this.secrets.size;
  }

  redact(text: string): string {
    if (text === '') return text;
    const pattern = this.compiled();
    const masked = pattern ? text.replace(pattern, MASK) : text;
    // a password typed into a URL (`http://user:pass@host`), however short
    return maskUserinfo(masked.replace(LWA_TOKEN, MASK), MASK);
  }

  /** An error's message, redacted (for one-line errors built from Newman or network failures). */
  redactError(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return this.redact(message);
  }

  private compiled(): RegExp | undefined {
    if (this.pattern === undefined && this.secrets.size > 0) {
      const spellings = [...this.secrets].flatMap(spellingsOf);
      // Longest first, so a secret is masked whole before any shorter one inside it.
      spellings.sort((a, b) => b.length - a.length);
      this.pattern = new RegExp([...new Set(spellings)].map(escapeRegExp).join('|'), 'g');
    }
    return this.pattern;
  }
}
