/**
 * Saved example responses: the ids every example shares, and builders for the shapes that recur
 * (a plain 200, a v3 multi-status, the Ads API and Login with Amazon error bodies, a 429 with
 * Retry-After). A request lists its examples in `examples: [...]`; the generator writes them as
 * Postman saved responses. Bodies are our own data: consistent made-up ids, no customer data.
 */
import type { MediaTypeKey } from './media-types.js';
import type { ExampleResponse, Json } from './types.js';

/** Ids used across all examples, so a campaign in one example is the campaign of the next. */
export const exampleIds = {
  profileId: '3510000000000001',
  entityId: 'ENTITY1EXAMPLE01',
  accountId: 'amzn1.ads-account.g.example0000000001',
  campaignId: '410000000000001',
  campaignId2: '410000000000002',
  adGroupId: '420000000000001',
  adId: '430000000000001',
  keywordId: '440000000000001',
  targetId: '450000000000001',
  portfolioId: '460000000000001',
  ruleId: 'a1b2c3d4-0000-4000-8000-000000000001',
  reportId: 'b1c2d3e4-0000-4000-8000-000000000001',
  asin: 'B0EXAMPLE01',
  sku: 'EXAMPLE-SKU-1',
  requestId: 'EXAMPLEREQUESTID0000001',
} as const;

interface ExampleOptions {
  contentType?: MediaTypeKey;
  headers?: ExampleResponse['headers'];
}

/** A successful answer: `ok('200 OK: one campaign', 200, body)`. */
export function ok(name: string, status: number, body: Json | string | undefined, options: ExampleOptions = {}): ExampleResponse {
  return { name, status, ...options, ...(body === undefined ? {} : { body }) };
}

/**
 * A Sponsored Products v3 style multi-status answer (207): `success` entries by index, `error` entries by
 * index. `entityKey` names the list (e.g. `campaigns`), `idKey` the id field (e.g. `campaignId`).
 */
export function multiStatus(
  name: string,
  entityKey: string,
  idKey: string,
  ids: string[],
  options: ExampleOptions = {},
): ExampleResponse {
  const success = ids.map((id, index) => ({ index, [idKey]: id }));
  return { name, status: 207, ...options, body: { [entityKey]: { success, error: [] } } };
}

/** The Ads API's error body for a refused or expired access token. */
export function unauthorized(): ExampleResponse {
  return {
    name: '401 Unauthorized: access token expired or invalid',
    status: 401,
    contentType: 'json',
    body: { code: 'UNAUTHORIZED', details: 'Not authorized to access this advertiser' },
  };
}

/** A throttled call: 429 with the Retry-After header (seconds) the collection's retry script honours. */
export function throttled(): ExampleResponse {
  return {
    name: '429 Too Many Requests: retry after 2 seconds',
    status: 429,
    contentType: 'json',
    headers: [{ key: 'Retry-After', value: '2' }],
    body: { code: '429', details: 'Too Many Requests' },
  };
}

/** Login with Amazon's OAuth error body (RFC 6749 section 5.2). */
export function oauthError(status: number, error: string, description: string): ExampleResponse {
  return {
    name: `${status} ${error}`,
    status,
    contentType: 'json',
    body: { error, error_description: description },
  };
}

/**
 * A Unified API (/adsApi/v1) multi-status answer (207): each item of the request is reported by its
 * index, under `success` with the resulting entity (keyed by `entityKey`, e.g. `campaign`) or under
 * `error` with the reasons. `failures` lists indexes that failed, with one error each.
 */
export function unifiedMultiStatus(
  name: string,
  entityKey: string,
  entities: Json[],
  failures: Array<{ index: number; code: string; message: string }> = [],
): ExampleResponse {
  const success = entities.map((entity, index) => ({ index, [entityKey]: entity }));
  const error = failures.map(({ index, code, message }) => ({ index, errors: [{ code, message }] }));
  return { name, status: 207, contentType: 'json', body: { success, error } };
}

/** One page of a Unified API query: the entities under `listKey`, and a nextToken while more remain. */
export function unifiedQueryPage(name: string, listKey: string, entities: Json[], nextToken?: string): ExampleResponse {
  return { name, status: 200, contentType: 'json', body: { [listKey]: entities, ...(nextToken ? { nextToken } : {}) } };
}
