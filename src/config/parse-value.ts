/**
 * The checks an option's value goes through, each raising a one-line UsageError that echoes what the
 * user typed and names where it came from (`--timeout-request "abc" is not a positive whole number`).
 */
import { UsageError } from '../errors.js';
import type { RawValue, ValueSource } from './option-spec.js';
import { maskUrl } from '../core/redact.js';

/** The value as trimmed text; undefined when absent or blank. */
export function textOf(raw: RawValue): string | undefined {
  if (raw === undefined || typeof raw === 'boolean') return undefined;
  const text = String(Array.isArray(raw) ? raw[raw.length - 1] : raw).trim();
  return text === '' ? undefined : text;
}

/** A repeatable, comma-separated list, lower-cased. */
function listOf(raw: RawValue): string[] {
  if (raw === undefined || typeof raw === 'boolean') return [];
  return (Array.isArray(raw) ? raw : [raw])
    .flatMap((entry) => String(entry).split(','))
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
}

/** The distinct members of `raw` in the order of `choices`; `fallback` when none is given. */
export function choicesOf<Choice extends string>(
  raw: RawValue,
  choices: readonly Choice[],
  fallback: readonly Choice[],
  what: string,
  source: ValueSource,
  pick: 'one of' | 'any of',
): Choice[] {
  const asked = listOf(raw);
  if (asked.length === 0) return [...fallback];
  const unknown = asked.filter((entry) => !(choices as readonly string[]).includes(entry));
  if (unknown.length > 0) throw new UsageError(`unknown ${what} "${unknown.join('", "')}": use ${source.name} with ${pick} ${choices.join(', ')}`);
  return choices.filter((choice) => asked.includes(choice));
}

/** An absolute http(s) URL without trailing slash. Echoed masked (core/redact.ts maskUrl): `http://[REDACTED]@host/?key=[REDACTED]`. */
export function urlOf(raw: RawValue, source: ValueSource, variable: string): string | undefined {
  return checkedUrlOf(raw, source, variable)?.text;
}

/**
 * The URL of an endpoint (--api-url, --token-url): as urlOf, and without a query string or fragment,
 * which the request paths would be appended after (`https://host?x=1/v2/profiles`: every request 404s).
 */
export function endpointUrlOf(raw: RawValue, source: ValueSource, variable: string): string | undefined {
  const checked = checkedUrlOf(raw, source, variable);
  if (checked === undefined) return undefined;
  const { url, shown, names } = checked;
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(shown)) {
    const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    throw new UsageError(`${names} "${shown}" has a query string or fragment (?... / #...), which would end up inside every request's address: give the URL without it, e.g. ${base}`);
  }
  return checked.text;
}

function checkedUrlOf(raw: RawValue, source: ValueSource, variable: string): { text: string; url: URL; shown: string; names: string } | undefined {
  const text = textOf(raw);
  if (text === undefined) return undefined;
  const names = `--${source.flag} / ${variable}`;
  // never echoed as given: a password, a query or a fragment may hold a secret
  const shown = maskUrl(text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${names} "${shown}" is not a URL: give an absolute http(s) URL such as https://host`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${names} "${shown}" must start with https:// or http://`);
  return { text: text.replace(/\/+$/, ''), url, shown, names };
}

/** Node's timers hold at most 2^31 - 1 ms; a larger value silently becomes 1 ms. */
export const MAX_TIMER_MS = 2_147_483_647;

export function positiveWholeNumberOf(raw: RawValue, source: ValueSource, example: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const text = textOf(raw);
  if (text === undefined) return undefined;
  const number = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new UsageError(`${source.name} "${text}" is not a positive whole number: use e.g. --${source.flag} ${example}`);
  }
  if (number > max) throw new UsageError(`${source.name} "${text}" is above ${max}, the largest value Node's timers hold: use e.g. --${source.flag} ${example}`);
  return number;
}

/** A time limit in ms as `newman run` reads one: 0 = no limit (returned as 0), else a positive whole number up to Node's timer limit. */
export function limitMsOf(raw: RawValue, source: ValueSource, example: string): number | undefined {
  return textOf(raw) === '0' ? 0 : positiveWholeNumberOf(raw, source, example, MAX_TIMER_MS);
}

/** A positive number of seconds (fractions allowed); `fallback` when absent. */
export function positiveSecondsOf(raw: RawValue, source: ValueSource, fallback: number): number {
  const text = textOf(raw);
  if (text === undefined) return fallback;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds * 1000 > MAX_TIMER_MS) {
    throw new UsageError(`${source.name} "${text}" is not a positive number of seconds: use e.g. --${source.flag} ${fallback}`);
  }
  return seconds;
}

export function profileIdOf(raw: RawValue): string | undefined {
  const text = textOf(raw);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) {
    throw new UsageError(`profile id "${text}" is not a number: pass the numeric profileId from the Profiles list (--profile-id / AMAZON_ADS_PROFILE_ID)`);
  }
  return text;
}

export function countryOf(raw: RawValue): string | undefined {
  const text = textOf(raw)?.toUpperCase();
  if (text === undefined) return undefined;
  if (!/^[A-Z]{2}$/.test(text)) {
    throw new UsageError(`country "${textOf(raw)}" is not a two-letter marketplace code: use e.g. US, UK, DE, JP (--country / AMAZON_ADS_PROFILE_COUNTRY)`);
  }
  return text;
}

/**
 * `--folder` values, repeatable: an entry made only of aliases (any case, comma-separated) is those
 * aliases lower-cased; any other entry is a folder or request name or path, kept as given (trimmed).
 * Distinct: the aliases in the order of `aliases`, then the names in the order given; `fallback` when none is given.
 */
export function folderNamesOf(raw: RawValue, aliases: readonly string[], fallback: readonly string[]): string[] {
  if (raw === undefined || typeof raw === 'boolean') return [...fallback];
  const names = (Array.isArray(raw) ? raw : [raw]).flatMap((entry) => {
    const parts = String(entry).split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
    if (parts.length > 0 && parts.every((part) => aliases.includes(part))) return parts;
    const name = String(entry).trim();
    return name === '' ? [] : [name];
  });
  if (names.length === 0) return [...fallback];
  return [...aliases.filter((alias) => names.includes(alias)), ...new Set(names.filter((name) => !aliases.includes(name)))];
}

/** The entries of a repeatable, comma-separated value, trimmed, as given (not lower-cased). */
function entriesOf(raw: RawValue): string[] {
  if (raw === undefined || typeof raw === 'boolean') return [];
  return (Array.isArray(raw) ? raw : [raw])
    .flatMap((entry) => String(entry).split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** `--profile-id`, repeatable (or comma-separated): distinct ids in the order given, every digit kept. */
export function profileIdsOf(raw: RawValue): string[] {
  return [...new Set(entriesOf(raw).map((entry) => profileIdOf(entry)!))];
}

/** `--country`, repeatable (or comma-separated): distinct upper-case codes in the order given. */
export function countriesOf(raw: RawValue): string[] {
  return [...new Set(entriesOf(raw).map((entry) => countryOf(entry)!))];
}
