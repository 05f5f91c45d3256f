/**
 * The catalog's Unified API folder against Amazon's Unified API collection (read from
 * ../shared/reference when present): every request by method + path, the account headers where the
 * official has them, the official defects fixed, Prod and Beta apart, and saved examples everywhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { mediaTypes } from '../../src/catalog/media-types.js';
import type { FolderSpec, RequestSpec } from '../../src/catalog/types.js';
import { expandHeaders } from '../../src/generate/expand-headers.js';
import { collectionAuth, requestAuth } from '../../src/generate/to-postman-auth.js';
import { normaliseEndpoint } from '../../src/compare/normalise-endpoint.js';
import { officialReferenceDir } from '../support/official-inventory.js';
import { needsShared } from '../support/needs.js';

const inventoryFile = new URL('unified/unified-inventory.json', officialReferenceDir);
const present = needsShared('reference/postman/unified/unified-inventory.json');

interface Row {
  folder: string[];
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
}

const unified = catalog.find((f) => f.name === 'Unified API')!;

function requestsOf(folder: FolderSpec, path: string[] = []): Array<{ path: string[]; spec: RequestSpec }> {
  return folder.items.flatMap((item) =>
    item.kind === 'folder' ? requestsOf(item, [...path, item.name]) : [{ path, spec: item }],
  );
}

const ours = requestsOf(unified);
const keyOf = (spec: RequestSpec) => normaliseEndpoint(spec.method, spec.url);

describe('Unified API folder', () => {
  it('holds 115 requests: the account query, 52 in Prod and 62 more in Beta (may change)', () => {
    expect(ours).toHaveLength(115);
    expect(unified.items.map((i) => i.name)).toEqual(['Query advertiser accounts', 'Prod', 'Beta (may change)']);
    expect(ours.filter((r) => r.path[0] === 'Prod')).toHaveLength(52);
    expect(ours.filter((r) => r.path[0] === 'Beta (may change)')).toHaveLength(62);
  });

  it('marks every Beta request as beta and no Prod request', () => {
    for (const { path, spec } of ours) {
      const marked = /^\*\*Beta/.test(spec.description);
      expect(marked, `${path.join(' / ')} / ${spec.name}`).toBe(path[0] === 'Beta (may change)' || spec.name === 'Query advertiser accounts');
    }
  });

  it('sends every request to {{api_url}}/adsApi/v1 with JSON both ways and a typed body', () => {
    for (const { spec } of ours) {
      expect(spec.url).toMatch(/^\{\{api_url\}\}\/adsApi\/v1\//);
      expect(spec.accept && mediaTypes[spec.accept]).toBe('application/json');
      if (spec.method === 'GET') continue;
      expect(spec.contentType && mediaTypes[spec.contentType]).toBe('application/json');
      expect(spec.body?.mode).toBe('raw');
      const example = (spec.body as { example: unknown }).example;
      expect(typeof example, spec.name).toBe('object');
      const text = JSON.stringify(example);
      expect(text, spec.name).not.toContain('_truncated');
      expect(text, spec.name).not.toContain('example-value');
      expect(text, spec.name).not.toMatch(/\{\{api_url_(na|eu|fe)\}\}/);
    }
  });

  it('gives every request saved examples; writes answer 207 with success / error by index', () => {
    for (const { spec } of ours) {
      expect(spec.examples?.length, spec.name).toBeGreaterThan(0);
      const verb = /\/adsApi\/v1\/(create|update|delete)\//.exec(spec.url)?.[1];
      if (verb) {
        const answer = spec.examples!.find((e) => e.status === 207);
        expect(answer, spec.name).toBeDefined();
        const body = answer!.body as { success: Array<{ index: number }>; error: unknown[] };
        expect(body.success[0].index).toBe(0);
        expect(Array.isArray(body.error)).toBe(true);
      }
    }
  });

  it('uses unique request names within each folder', () => {
    const seen = new Set<string>();
    for (const { path, spec } of ours) {
      const key = [...path, spec.name].join(' / ');
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});

describe.skipIf(!present)('Unified API folder vs the official Unified API collection', () => {
  const rows: Row[] = present ? JSON.parse(readFileSync(inventoryFile, 'utf8')).requests : [];
  const nonAuth = rows.filter((r) => r.folder[0] !== 'Auth');
  const byKey = new Map(ours.map((r) => [keyOf(r.spec), r.spec]));

  it('has every official request by method + path, and nothing else', () => {
    expect(nonAuth).toHaveLength(115);
    const official = new Set(nonAuth.map((r) => normaliseEndpoint(r.method, r.url)));
    expect([...official].filter((k) => !byKey.has(k))).toEqual([]);
    expect([...byKey.keys()].filter((k) => !official.has(k))).toEqual([]);
  });

  it('keeps the Prod / Beta split of the official collection', () => {
    for (const row of nonAuth) {
      const ourPath = ours.find((r) => keyOf(r.spec) === normaliseEndpoint(row.method, row.url))!.path;
      const beta = row.folder[0].includes('Beta');
      if (ourPath.length) expect(ourPath[0], row.name).toBe(beta ? 'Beta (may change)' : 'Prod');
      else expect(beta, row.name).toBe(true); // the account query sits on top of the folder
    }
  });

  it('sends Amazon-Ads-AccountId and Amazon-Advertising-API-Scope exactly where the official does, and the manager header disabled', () => {
    const rawCollection = JSON.parse(
      readFileSync(new URL('unified/Amazon_Ads_Unified_API.postman_collection.json', officialReferenceDir), 'utf8'),
    ) as { item: unknown[] };
    const disabledManager = new Set<string>();
    const walk = (items: any[]) => {
      for (const item of items) {
        if (item.item) walk(item.item);
        else if ((item.request.header ?? []).some((h: any) => h.key === 'Amazon-Ads-Manager-AccountId' && h.disabled)) {
          const url = typeof item.request.url === 'string' ? item.request.url : item.request.url.raw;
          disabledManager.add(normaliseEndpoint(item.request.method, url));
        }
      }
    };
    walk(rawCollection.item);
    expect(disabledManager.size).toBe(24);

    let accountHeaders = 0;
    for (const row of nonAuth) {
      const key = normaliseEndpoint(row.method, row.url);
      const headers = expandHeaders(byKey.get(key)!);
      const find = (name: string) => headers.find((h) => h.key === name);
      expect(find('Amazon-Ads-AccountId')?.value, `${key} account`).toBe(row.headers['Amazon-Ads-AccountId']);
      expect(find('Amazon-Advertising-API-Scope')?.value, `${key} scope`).toBe(row.headers['Amazon-Advertising-API-Scope']);
      const manager = find('Amazon-Ads-Manager-AccountId');
      expect(manager ? manager.disabled === true && manager.value === '{{manager_account_id}}' : false, `${key} manager`).toBe(disabledManager.has(key));
      // The token is not a header of the request: it inherits the collection's bearer auth.
      expect(find('Authorization'), `${key} Authorization header`).toBeUndefined();
      expect(requestAuth(byKey.get(key)!.headers), `${key} own auth`).toBeUndefined();
      expect(`Bearer ${collectionAuth().parameters().get('token')}`).toBe('Bearer {{access_token}}');
      expect(find('Amazon-Advertising-API-ClientId')?.value).toBe('{{client_id}}');
      if (find('Amazon-Ads-AccountId')) accountHeaders++;
    }
    expect(accountHeaders).toBe(89);
  });
});
