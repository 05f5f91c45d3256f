/**
 * What a run will send, read from the pruned collection before the first request: each request's
 * name ("Folder / Request"), method and URL with the variables the environment already holds filled
 * in (those a script sets during the run stay `{{name}}`), and whether it creates, updates or
 * deletes (src/catalog/writing-requests.ts). The write guard and `--dry-run` read it.
 */
import { isWritingRequest } from '../../catalog/writing-requests.js';
import { isLoopbackHostname } from '../../config/loopback.js';
import type { EnvironmentJson } from '../newman/environment.js';
import type { CollectionJson, ItemJson } from './folders.js';

export interface PlannedRequest {
  /** "Folder / Sub folder / Request", as the collection names them. */
  name: string;
  method: string;
  /** With the environment's values filled in; may still hold `{{name}}` (set by a script during the run). */
  url: string;
  writes: boolean;
  /** Whether the URL goes to this machine (an emulator, localhost); false when its host is not known yet. */
  loopback: boolean;
}

type RequestJson = { method?: string; url?: string | { raw?: string; protocol?: string; host?: string[] | string; path?: string[] | string; port?: string } };

/** The URL text of a request as a collection stores it (a string, or an object with `raw` or its parts). */
function rawUrlOf(request: RequestJson | undefined): string {
  const url = request?.url;
  if (typeof url === 'string') return url;
  if (!url) return '';
  if (typeof url.raw === 'string') return url.raw;
  const join = (part: string[] | string | undefined, by: string) => (Array.isArray(part) ? part.join(by) : (part ?? ''));
  const host = join(url.host, '.');
  return `${url.protocol ? `${url.protocol}://` : ''}${host}${url.port ? `:${url.port}` : ''}/${join(url.path, '/')}`;
}

/** `{{name}}` replaced by the environment's value when it holds a non-empty one (a few rounds: a value may name another). */
function filledIn(text: string, values: ReadonlyMap<string, string>): string {
  let filled = text;
  for (let round = 0; round < 3 && filled.includes('{{'); round++) {
    filled = filled.replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) => values.get(name.trim()) ?? whole);
  }
  return filled;
}

function goesToLoopback(url: string): boolean {
  try {
    return isLoopbackHostname(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The requests of the (pruned) collection in collection order. */
export function plannedRequests(collection: CollectionJson, environment: EnvironmentJson): PlannedRequest[] {
  const values = new Map(
    environment.values
      .filter((entry) => entry.enabled !== false && entry.value !== undefined && entry.value !== null && String(entry.value) !== '')
      .map((entry) => [entry.key, String(entry.value)]),
  );
  const planned: PlannedRequest[] = [];
  const walk = (items: ItemJson[] | undefined, names: string[]) => {
    for (const item of items ?? []) {
      const path = [...names, String(item.name ?? '')];
      if (Array.isArray(item.item)) {
        walk(item.item, path);
        continue;
      }
      const request = item.request as RequestJson | undefined;
      const method = (request?.method ?? 'GET').toUpperCase();
      const raw = rawUrlOf(request);
      const url = filledIn(raw, values);
      planned.push({ name: path.join(' / '), method, url, writes: isWritingRequest(method, raw), loopback: goesToLoopback(url) });
    }
  };
  walk(collection.item, []);
  return planned;
}
