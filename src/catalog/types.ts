/**
 * The shape of the catalog: the Amazon Ads API as typed data. Each module under src/catalog/
 * describes one top-level folder of the official collection as a `FolderSpec`.
 *
 * Compile-time guarantees:
 * - every `{{variable}}` in a URL, header value or path-variable value is a known `VariableName`
 *   (use `request()` to get the check; an unknown name reads as an error naming it);
 * - Accept / Content-Type are keys of `mediaTypes`, never free strings;
 * - a raw body must name its content type; a request's scripts are names of files in src/scripts/.
 */
import type { MediaTypeKey } from './media-types.js';
import type { VariableName } from './variables.js';
import type { ScriptName } from '../scripts/index.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** All `{{name}}` occurrences in a string literal type. */
export type VariablesIn<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | VariablesIn<Rest>
  : never;

/** Never when every variable in `S` is known; else the unknown names. */
export type UnknownVariablesIn<S extends string> = Exclude<VariablesIn<S>, VariableName>;

/**
 * `unknown` when `S` uses only known variables; else a required phantom property whose type names the
 * unknown ones, so the compiler reports e.g. "Property 'url_uses_unknown_variable' is missing ...
 * '{{nope}} is not in src/catalog/variables.ts'".
 */
type Checked<Key extends string, S extends string> = [UnknownVariablesIn<S>] extends [never]
  ? unknown
  : { [K in `${Key}_uses_unknown_variable`]: `{{${UnknownVariablesIn<S> & string}}} is not in src/catalog/variables.ts` };

/**
 * Which standard Amazon Ads headers a request carries:
 * - `none`: no Ads headers and no token (Login with Amazon requests, pre-signed URLs): auth `noauth`;
 * - `account`: Amazon-Advertising-API-ClientId, and the bearer token inherited from the collection's
 *   auth (profiles, manager accounts);
 * - `profile`: `account` plus Amazon-Advertising-API-Scope: {{profileId}} (everything scoped to a profile).
 */
export type HeaderSet = 'none' | 'account' | 'profile';

export interface Header {
  key: string;
  value: string;
  description?: string;
  disabled?: boolean;
}

export interface QueryParam {
  key: string;
  value: string;
  description?: string;
  disabled?: boolean;
}

export type Body =
  | { mode: 'raw'; example: Json | string; contentType?: never }
  | { mode: 'urlencoded'; fields: Array<{ key: string; value: string; description?: string; disabled?: boolean }> }
  | { mode: 'formdata'; fields: Array<{ key: string; value: string; type?: 'text' | 'file'; description?: string }> };

/** A script attached to a request or folder: a file name under src/scripts/, optionally with parameters. */
export type ScriptRef = ScriptName | { name: ScriptName; params: Record<string, Json> };

export interface Scripts {
  prerequest?: ScriptRef[];
  test?: ScriptRef[];
}

/**
 * A saved example response, written into the collection as a Postman saved response (`response[]`
 * with `originalRequest`). Bodies are our own data: consistent ids, no real customer data.
 */
export interface ExampleResponse {
  /** Shown in Postman's example list, e.g. "200 OK: two campaigns". */
  name: string;
  status: number;
  /** Content-Type of the body; defaults to the request's accept media type. */
  contentType?: MediaTypeKey;
  /** Extra response headers (Retry-After, x-amzn-RequestId, ...). */
  headers?: Header[];
  body?: Json | string;
}

interface RequestBase {
  kind: 'request';
  name: string;
  method: HttpMethod;
  /** Full URL with variables, e.g. `{{api_url}}/sp/campaigns/list`; Postman path variables as `:name`. */
  url: string;
  headers: HeaderSet;
  /** Sent as Accept. */
  accept?: MediaTypeKey;
  /** Extra headers beyond the header set and media types (Prefer, MarketplaceId, ...). */
  extraHeaders?: Header[];
  query?: QueryParam[];
  /** Values for `:name` path variables. */
  pathVariables?: Record<string, string>;
  /** In your own words; may end with a link to the Amazon Ads documentation. */
  description: string;
  docs?: string;
  scripts?: Scripts;
  /** Saved example responses (issue 12: every request has at least one). */
  examples?: ExampleResponse[];
}

/** A request with a raw body must say its Content-Type; one without may still send one. */
export type RequestSpec =
  | (RequestBase & { body: Extract<Body, { mode: 'raw' }>; contentType: MediaTypeKey })
  | (RequestBase & { body?: Exclude<Body, { mode: 'raw' }>; contentType?: MediaTypeKey });

export interface FolderSpec {
  kind: 'folder';
  name: string;
  description: string;
  /** Link to the Amazon Ads documentation, rendered after the description like a request's `docs`. */
  docs?: string;
  items: Array<RequestSpec | FolderSpec>;
  scripts?: Scripts;
}

type WithoutKind<T> = T extends unknown ? Omit<T, 'kind'> : never;

/**
 * Declares a request. The URL and every header / path-variable value are checked at compile time:
 * an unknown `{{variable}}` is a type error naming it.
 */
export function request<
  const U extends string,
  const H extends string = never,
  const P extends string = never,
  const Q extends string = never,
>(
  spec: WithoutKind<RequestSpec> & {
    url: U;
    extraHeaders?: Array<Header & { value: H }>;
    pathVariables?: Record<string, P>;
    query?: Array<QueryParam & { value: Q }>;
  } & Checked<'url', U> &
    Checked<'extraHeaders', H> &
    Checked<'pathVariables', P> &
    Checked<'query', Q>,
): RequestSpec {
  return { kind: 'request', ...spec } as RequestSpec;
}

/** A folder's text: the description alone, or the description and its documentation link. */
export type FolderText = string | { description: string; docs?: string };

export function folder(name: string, text: FolderText, items: Array<RequestSpec | FolderSpec>, scripts?: Scripts): FolderSpec {
  const { description, docs } = typeof text === 'string' ? { description: text, docs: undefined } : text;
  return {
    kind: 'folder',
    name,
    description,
    ...(docs === undefined ? {} : { docs }),
    items,
    ...(scripts ? { scripts } : {}),
  };
}
