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

/** The `nextToken` a list example answers with while more pages remain (opaque to the client). */
export const exampleNextToken = 'EXAMPLE-NEXT-PAGE-TOKEN-2';

/**
 * Which error body an API answers: `v2` {code, details} (profiles, Sponsored Display and other v2-era
 * APIs), `v3` {code, message} (Sponsored Products v3, Sponsored Brands v4, manager accounts),
 * `unified` {code, message} with `code` from the Unified API's ErrorCode enum (TOO_MANY_REQUESTS).
 */
export type ErrorStyle = 'v2' | 'v3' | 'unified';

/** The Ads API's error body for a refused or expired access token. */
export function unauthorized(style: ErrorStyle = 'v2'): ExampleResponse {
  const details = 'Not authorized to access this advertiser';
  return {
    name: '401 Unauthorized: access token expired or invalid',
    status: 401,
    contentType: 'json',
    body: style === 'v2' ? { code: 'UNAUTHORIZED', details } : { code: 'UNAUTHORIZED', message: details },
  };
}

/** A throttled call: 429 with the Retry-After header (seconds) the collection's retry script honours. */
export function throttled(style: ErrorStyle = 'v2'): ExampleResponse {
  return {
    name: '429 Too Many Requests: retry after 2 seconds',
    status: 429,
    contentType: 'json',
    headers: [{ key: 'Retry-After', value: '2' }],
    body: {
      v2: { code: '429', details: 'Too Many Requests' },
      v3: { code: 'THROTTLED', message: 'Too Many Requests' },
      unified: { code: 'TOO_MANY_REQUESTS', message: 'Too Many Requests' },
    }[style],
  };
}

/** The same examples with their body's media type set (where the request sends no Accept). */
export function withContentType(examples: ExampleResponse[], contentType: MediaTypeKey): ExampleResponse[] {
  return examples.map((example) => ({ ...example, contentType }));
}

/** The errors every call on the smoke path documents: 401 (expired token) and 429 (throttled). */
export function smokePathErrors(style: ErrorStyle = 'v2'): ExampleResponse[] {
  return [unauthorized(style), throttled(style)];
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
 * Ids shared by the insight and data folders (Amazon Marketing Cloud, Amazon DSP, Marketing Stream,
 * exports, creative assets, partner opportunities), so e.g. the DSP advertiser of a persona insight is the
 * advertiser of an AMC audience. Made-up values in each API's id format.
 */
export const dataExampleIds = {
  marketplaceId: 'ATVPDKIKX0DER',
  dspAdvertiserId: '5900000000001',
  amcInstanceId: 'amcexample01',
  subscriptionId: 'amzn1.fead.cs1.EXAMPLESUBSCRIPTION01',
  exportId: 'RVhBTVBMRUVYUE9SVElEMDAwMQ',
  assetId: 'amzn1.assetlibrary.asset1.example00000001',
  opportunityId: 'd1e2f3a4-0000-4000-8000-000000000001',
} as const;

/** An Ads API error body (`code` + `details`) for any status: `apiError(404, 'NOT_FOUND', 'No such export')`. */
export function apiError(status: number, code: string, details: string): ExampleResponse {
  return { name: `${status} ${code}: ${details}`, status, contentType: 'json', body: { code, details } };
}

/**
 * Ids the Sponsored Brands / Display / TV, snapshot, store and location examples use beside
 * `exampleIds`: the same made-up values wherever the entity appears.
 */
export const moreExampleIds = {
  brandId: 'BEXAMPLE0001',
  brandEntityId: 'ENTITY2BRAND00001',
  themeId: '470000000000001',
  negativeKeywordId: '440000000000002',
  negativeTargetId: '450000000000002',
  creativeId: '480000000000001',
  /** The asset Register asset stores in {{assetId}}. */
  assetId: dataExampleIds.assetId,
  snapshotId: 'amzn1.clicksAPI.v1.p1.EXAMPLE00001',
  audienceId: '400000000000000001',
  categoryId: '2522102011',
  locationId: 'amzn1.ad-geo.GEXAMPLE0001',
  locationExpressionId: '490000000000001',
  storePageId: 'c1d2e3f4-0000-4000-8000-000000000001',
} as const;

/** `{{name}}` -> the example id an answer shows for it (request bodies name variables, answers show ids). */
const exampleIdOfVariable: Record<string, string> = {
  campaignId: exampleIds.campaignId,
  adGroupId: exampleIds.adGroupId,
  adId: exampleIds.adId,
  keywordId: exampleIds.keywordId,
  targetId: exampleIds.targetId,
  profileId: exampleIds.profileId,
  ...moreExampleIds,
};

/**
 * A request body turned into answer data: every `{{variable}}` that names an example id is replaced by
 * that id, so an answer can echo what was sent without showing variables.
 */
export function withExampleIds<T extends Json>(value: T): T {
  if (typeof value === 'string') {
    return value.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => exampleIdOfVariable[name] ?? whole) as T;
  }
  if (Array.isArray(value)) return value.map((item) => withExampleIds(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withExampleIds(item)])) as T;
  }
  return value;
}

/** Options of an answer to a request that sends no Accept: the API answers plain JSON. */
export const plainJson = { contentType: 'json' } as const satisfies ExampleOptions;

/**
 * The per-item answer of the older APIs (Sponsored Display, Sponsored Brands version 3): one
 * `{ code: 'SUCCESS', <idKey>: id }` per item sent, in order.
 */
export function itemResults(
  name: string,
  status: number,
  idKey: string,
  ids: Array<string | number>,
  options: ExampleOptions = {},
): ExampleResponse {
  return { name, status, ...options, body: ids.map((id) => ({ code: 'SUCCESS', [idKey]: id })) };
}

/**
 * A multi-status answer (207) whose success entries also carry the whole entity, as Sponsored Brands
 * version 4 and Sponsored TV answer: `{ ads: { success: [{ ad: {...}, adId, index }] } }`.
 * `itemKey` names the entity in an entry (e.g. `ad`), `idKey` its id field (e.g. `adId`).
 */
export function multiStatusWithEntities(
  name: string,
  entityKey: string,
  itemKey: string,
  idKey: string,
  entities: Array<{ [key: string]: Json }>,
  options: ExampleOptions = {},
): ExampleResponse {
  const success = entities.map((entity, index) => ({ [itemKey]: entity, [idKey]: entity[idKey] ?? null, index }));
  // No empty `error` list: Sponsored Brands v4 declares both lists with at least one item, and both optional.
  return { name, status: 207, ...options, body: { [entityKey]: { success } } };
}

/** One refused item of a multi-status write: where it failed and why, in the version 3 / 4 error shape. */
export interface ItemError {
  index: number;
  /** e.g. `budgetError`; also the key of the detail in `errorValue`. */
  errorType: string;
  reason: string;
  message: string;
  /** JSON path of the refused field in the request body, e.g. `$.campaigns[0].budget`. */
  location: string;
  trigger?: string;
}

/** A multi-status answer (207) in which every item was refused: `{ <entityKey>: { error: [...] } }` (no empty `success` list). */
export function multiStatusErrors(name: string, entityKey: string, errors: ItemError[], options: ExampleOptions = {}): ExampleResponse {
  const error = errors.map(({ index, errorType, reason, message, location, trigger }) => ({
    index,
    errors: [{ errorType, errorValue: { [errorType]: { reason, message, cause: { location, ...(trigger === undefined ? {} : { trigger }) } } } }],
  }));
  return { name, status: 207, ...options, body: { [entityKey]: { error } } };
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

/**
 * The reporting API's error body (`code` is the status as text, `detail` the reason), as Reporting v3
 * answers a refused report request: `reportingError(425, 'The Request is a duplicate of : <id>')`.
 */
export function reportingError(name: string, status: number, detail: string, options: ExampleOptions = {}): ExampleResponse {
  return { name, status, contentType: 'json', ...options, body: { code: String(status), detail } };
}
