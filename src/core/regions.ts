/**
 * Amazon Ads regions and their hosts. This is the one place a region or host is defined, the one
 * parser of a region name (`regionOf`) and the one type of the three hosts a client talks to
 * (`Hosts`, decided by `hostsOf`): the environments, the runner, the credentials helper and the
 * emulator all read it.
 */
import { UsageError } from '../errors.js';

export const regions = {
  na: {
    label: 'North America',
    api_url: 'https://advertising-api.amazon.com',
    token_url: 'https://api.amazon.com/auth/o2/token',
    auth_grant_url: 'https://www.amazon.com/ap/oa',
    marketplaces: ['US', 'CA', 'MX', 'BR'],
  },
  eu: {
    label: 'Europe',
    api_url: 'https://advertising-api-eu.amazon.com',
    token_url: 'https://api.amazon.co.uk/auth/o2/token',
    auth_grant_url: 'https://eu.account.amazon.com/ap/oa',
    marketplaces: ['UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'TR', 'AE', 'SA', 'EG', 'IN'],
  },
  fe: {
    label: 'Far East',
    api_url: 'https://advertising-api-fe.amazon.com',
    token_url: 'https://api.amazon.co.jp/auth/o2/token',
    auth_grant_url: 'https://apac.account.amazon.com/ap/oa',
    marketplaces: ['JP', 'AU', 'SG'],
  },
} as const;

export type RegionId = keyof typeof regions;
export type Region = (typeof regions)[RegionId];
export const regionIds = Object.keys(regions) as RegionId[];

export function isRegionId(value: string): value is RegionId {
  return Object.prototype.hasOwnProperty.call(regions, value);
}

/** A region name as given (any case; `fallback` when absent), or a UsageError naming where it came from (`name`, e.g. "--region / AMAZON_ADS_REGION"). */
export function regionOf(given: string | undefined, name: string, fallback: RegionId = 'na'): RegionId {
  const region = (given ?? fallback).toLowerCase();
  if (!isRegionId(region)) throw new UsageError(`unknown region "${given}": use ${name} with one of ${regionIds.join(', ')}`);
  return region;
}

/** The variables holding the three hosts, as the environment files and the scripts name them. */
export const hostNames = ['api_url', 'token_url', 'auth_grant_url'] as const;
export type HostName = (typeof hostNames)[number];

/** The three hosts a client talks to: the Ads API, the token endpoint and the consent page. */
export type Hosts = Record<HostName, string>;

/** The region's hosts, each replaced by its override when given (--api-url, --token-url, --auth-grant-url). */
export function hostsOf(region: RegionId, overrides: { apiUrl?: string; tokenUrl?: string; authGrantUrl?: string } = {}): Hosts {
  return {
    api_url: overrides.apiUrl ?? regions[region].api_url,
    token_url: overrides.tokenUrl ?? regions[region].token_url,
    auth_grant_url: overrides.authGrantUrl ?? regions[region].auth_grant_url,
  };
}

/** The hosts of one origin serving all three (the emulator: Ads API at the root, token at /auth/o2/token, consent at /ap/oa). */
export function hostsAt(origin: string): Hosts {
  return { api_url: origin, token_url: `${origin}/auth/o2/token`, auth_grant_url: `${origin}/ap/oa` };
}
