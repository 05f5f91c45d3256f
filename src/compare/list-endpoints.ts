/** Every request of a collection (v2.0 or v2.1) as folder path + name + normalised method and path. */
import { normaliseEndpoint } from '../contract/normalise-endpoint.js';
import type { PostmanCollectionJson } from './read-collection.js';

export interface Endpoint {
  /** Folder names from the top level down; empty for a request at the collection root. */
  folder: string[];
  name: string;
  method: string;
  url: string;
  /** `GET /v2/profiles`, variables written as {}. */
  key: string;
}

interface ItemJson {
  name?: string;
  item?: ItemJson[];
  request?: string | { method?: string; url?: string | { raw?: string; host?: string[] | string; path?: string[] | string } };
}

function urlText(url: unknown): string {
  if (typeof url === 'string') return url;
  if (!url || typeof url !== 'object') return '';
  const u = url as { raw?: string; host?: string[] | string; path?: string[] | string };
  if (typeof u.raw === 'string') return u.raw;
  const host = Array.isArray(u.host) ? u.host.join('.') : u.host ?? '';
  const path = Array.isArray(u.path) ? u.path.join('/') : u.path ?? '';
  return `${host}/${path}`;
}

export function listEndpoints(collection: PostmanCollectionJson): Endpoint[] {
  const out: Endpoint[] = [];
  const walk = (items: ItemJson[], folder: string[]) => {
    for (const item of items) {
      if (Array.isArray(item.item)) walk(item.item, [...folder, item.name ?? '']);
      else if (item.request !== undefined) {
        // v2.0 allows a request to be just its URL (a GET).
        const request = typeof item.request === 'string' ? { method: 'GET', url: item.request } : item.request;
        const method = (request.method ?? 'GET').toUpperCase();
        const url = urlText(request.url);
        out.push({ folder, name: item.name ?? '', method, url, key: normaliseEndpoint(method, url) });
      }
    }
  };
  walk(collection.item as ItemJson[], []);
  return out;
}
