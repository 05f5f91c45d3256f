/** What an Ads API route handler receives once the request passed authentication and the scope check. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorContext } from '../context.js';
import type { Profile } from './profiles-data.js';
import type { AdvertiserAccount } from './advertiser-accounts-data.js';
import { BadRequest } from './errors.js';

export interface AdsCall {
  context: EmulatorContext;
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  body: string;
  params: Record<string, string>;
  /** The profile named by Amazon-Advertising-API-Scope (profile-scoped routes only). */
  profile: Profile;
  /**
   * Unified API account routes: the account named by Amazon-Ads-AccountId and the profiles in play
   * (the one the Scope header names, else all the account's profiles).
   */
  accountScope?: AccountScope;
}

export interface AccountScope {
  account: AdvertiserAccount;
  profiles: Profile[];
}

/** Parses a JSON object body; an empty body is {}. */
export function jsonObjectBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadRequest('The request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BadRequest('The request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** Reads maxResults / count: absent means `fallback`; otherwise an integer from 1 to max. */
export function pageSizeOf(value: unknown, location: string, max: number, fallback: number): number {
  if (value === undefined || value === null || value === '') return Math.min(fallback, max);
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > max) {
    throw new BadRequest(`${location} must be an integer from 1 to ${max}`, [
      {
        errorType: 'rangeError',
        errorValue: {
          rangeError: {
            reason: typeof number === 'number' && number > max ? 'TOO_HIGH' : 'TOO_LOW',
            message: `${location} must be an integer from 1 to ${max}`,
            cause: { location: `$.${location}` },
            lowerLimit: '1',
            upperLimit: String(max),
          },
        },
      },
    ]);
  }
  return number;
}

/** Reads an {include: [...]} filter; returns undefined when absent. */
export function includeFilter(value: unknown, location: string, maxItems: number, allowed?: readonly string[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const include = (value as { include?: unknown }).include;
  if (typeof value !== 'object' || !Array.isArray(include) || include.some((item) => typeof item !== 'string')) {
    throw new BadRequest(`${location}.include must be an array of strings`);
  }
  if (include.length > maxItems) throw new BadRequest(`${location}.include takes at most ${maxItems} values`);
  if (allowed) {
    const bad = include.find((item) => !allowed.includes(item as string));
    if (bad !== undefined) throw new BadRequest(`${location}.include has an unknown value ${bad}; allowed: ${allowed.join(', ')}`);
  }
  return include as string[];
}

/** nameFilter {include, queryTermMatchType}: BROAD_MATCH = contains the first term, EXACT_MATCH = equals one. */
export function nameMatcher(value: unknown, location: string): ((name: string) => boolean) | undefined {
  const include = includeFilter(value, location, 100);
  if (!include || include.length === 0) return undefined;
  const matchType = (value as { queryTermMatchType?: unknown }).queryTermMatchType ?? 'EXACT_MATCH';
  if (matchType !== 'BROAD_MATCH' && matchType !== 'EXACT_MATCH') {
    throw new BadRequest(`${location}.queryTermMatchType must be BROAD_MATCH or EXACT_MATCH`);
  }
  const terms = include.map((term) => term.toLowerCase());
  return matchType === 'BROAD_MATCH'
    ? (name) => name.toLowerCase().includes(terms[0])
    : (name) => terms.includes(name.toLowerCase());
}
