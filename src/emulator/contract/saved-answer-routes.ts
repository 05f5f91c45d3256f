/**
 * Every Ads API request of the catalog that no stateful route answers, as a route answered with that
 * request's saved example (src/catalog): one route per method + path, the catalog's `{{var}}` and `:var`
 * segments matching any one segment. The catalog is imported, not the generated collection, so the
 * emulator answers what the next `npm run build` writes.
 */
import { catalog } from '../../catalog/index.js';
import { exampleMediaType } from '../../catalog/example-media-type.js';
import { mediaTypes } from '../../catalog/media-types.js';
import type { ExampleResponse, FolderSpec, HeaderSet, RequestSpec } from '../../catalog/types.js';

const apiUrl = '{{api_url}}';

/** A saved example as the emulator sends it. */
export interface SavedAnswer {
  status: number;
  /** Content-Type of the body (undefined: no body). */
  mediaType?: string;
  body?: string;
  headers: Record<string, string>;
}

export interface SavedAnswerRoute {
  /** "Folder / Sub-folder / Request", as in the collection. */
  name: string;
  method: string;
  /** The path with each variable segment as `{name}` (e.g. /sp/campaigns/{campaignId}/budgetRules). */
  path: string;
  /** Literal segments, `undefined` where any segment matches. */
  segments: Array<string | undefined>;
  headerSet: HeaderSet;
  /** Sends Amazon-Ads-AccountId (a Unified API call for one advertiser account). */
  accountHeader: boolean;
  /** Media type of the request body it sends (undefined: none). */
  contentType?: string;
  /** The saved answers with a success status (2xx / 3xx), in catalog order; at least one. */
  successes: SavedAnswer[];
}

function savedAnswer(example: ExampleResponse, spec: RequestSpec): SavedAnswer {
  const mediaType = example.body === undefined ? undefined : exampleMediaType(example, spec);
  const body = example.body === undefined ? undefined : typeof example.body === 'string' ? example.body : JSON.stringify(example.body);
  const headers = Object.fromEntries((example.headers ?? []).filter((h) => !h.disabled).map((h) => [h.key, h.value]));
  return { status: example.status, mediaType, body, headers };
}

/** `/a/{{x}}/b/:y/` -> its segments, variables as undefined; a trailing slash does not count. */
export function pathSegments(path: string): Array<string | undefined> {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.split('/').map((segment) => (/^\{\{[^}]+\}\}$|^:\w+$|^\{[^}]+\}$/.test(segment) ? undefined : segment));
}

function routeOf(spec: RequestSpec, name: string): SavedAnswerRoute | undefined {
  if (!spec.url.startsWith(apiUrl)) return undefined;
  const rawPath = spec.url.slice(apiUrl.length).split('?')[0];
  const examples = spec.examples ?? [];
  const successes = examples.filter((example) => example.status >= 200 && example.status < 400);
  const chosen = successes.length > 0 ? successes : examples.slice(0, 1);
  if (chosen.length === 0) return undefined;
  const path = (rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath).replace(/\{\{([^}]+)\}\}|:(\w+)/g, (_, a: string, b: string) => `{${a ?? b}}`);
  return {
    name,
    method: spec.method,
    path,
    segments: pathSegments(rawPath),
    headerSet: spec.headers,
    accountHeader: (spec.extraHeaders ?? []).some((h) => h.key.toLowerCase() === 'amazon-ads-accountid' && !h.disabled),
    contentType: spec.contentType === undefined ? undefined : mediaTypes[spec.contentType],
    successes: chosen.map((example) => savedAnswer(example, spec)),
  };
}

function collect(items: Array<RequestSpec | FolderSpec>, folders: string[], into: SavedAnswerRoute[]): void {
  for (const item of items) {
    if (item.kind === 'folder') collect(item.items, [...folders, item.name], into);
    else {
      const route = routeOf(item, [...folders, item.name].join(' / '));
      if (route) into.push(route);
    }
  }
}

let routes: SavedAnswerRoute[] | undefined;

/** The catalog's Ads API requests as routes, in catalog order (built on first use). */
export function savedAnswerRoutes(): SavedAnswerRoute[] {
  if (!routes) {
    routes = [];
    collect(catalog, [], routes);
  }
  return routes;
}

/**
 * The route for a method and path: of the routes that match, the one with the most literal segments
 * (GET /sb/targets/categories before GET /sb/targets/{targetId}), the first in catalog order on a tie.
 */
export function matchSavedAnswerRoute(method: string, pathname: string): { route: SavedAnswerRoute; params: string[] } | undefined {
  const segments = (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname).split('/');
  let best: { route: SavedAnswerRoute; params: string[]; literals: number } | undefined;
  for (const route of savedAnswerRoutes()) {
    if (route.method !== method || route.segments.length !== segments.length) continue;
    const params: string[] = [];
    let literals = 0;
    const ok = route.segments.every((part, i) => {
      if (part === undefined) {
        params.push(decodeURIComponent(segments[i]));
        return segments[i] !== '';
      }
      literals++;
      return part === segments[i];
    });
    if (ok && (!best || literals > best.literals)) best = { route, params, literals };
  }
  return best && { route: best.route, params: best.params };
}
