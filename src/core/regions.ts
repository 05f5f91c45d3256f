/**
 * Amazon Ads regions and their hosts. This is the one place a region or host is defined;
 * the environments, the runner and the credentials helper all read it.
 */
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
