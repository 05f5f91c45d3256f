/**
 * A user who imports our collection instead of the official one loses nothing: every official
 * request (../shared/reference/postman, when present) is in our generated collection under the same
 * folder path and name, with the same method, URL, query keys, header keys and media types. The
 * deliberate fixes are listed here one by one (and in the README's "Differences from the official
 * collection"); anything else that differs fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasOfficialInventory, officialInventoryRows, officialReferenceDir } from '../support/official-inventory.js';

const officialFile = new URL('Amazon_Ads_API.postman_collection.json', officialReferenceDir);
const oursFile = new URL('../../collections/amazon-ads-api.postman_collection.json', import.meta.url);
const present = hasOfficialInventory && existsSync(officialFile);

interface Walked {
  path: string;
  name: string;
  method: string;
  url: string;
  query: string[];
  headers: Map<string, string>;
  hasRawBody: boolean;
  sendsBody: boolean;
}

/**
 * Requests of a collection, in order, with enabled header keys lower-cased. Bearer auth (the request's
 * own or inherited from its folders or the collection) counts as the Authorization header it sends.
 */
function walk(collection: any): Walked[] {
  const out: Walked[] = [];
  const visit = (items: any[], path: string[], inheritedAuth: any) => {
    for (const item of items) {
      if (Array.isArray(item.item)) {
        visit(item.item, [...path, item.name], item.auth ?? inheritedAuth);
        continue;
      }
      const r = item.request;
      const auth = r.auth ?? inheritedAuth;
      const raw = typeof r.url === 'string' ? r.url : r.url?.raw ?? '';
      const query = typeof r.url === 'object' ? (r.url.query ?? []).map((q: any) => q.key) : [];
      const headers = new Map<string, string>();
      for (const h of r.header ?? []) if (!h.disabled && h.key) headers.set(h.key.toLowerCase(), h.value);
      const token = auth?.type === 'bearer' ? auth.bearer?.find((a: any) => a.key === 'token')?.value : undefined;
      if (token !== undefined && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      out.push({ path: path.join(' / '), name: item.name, method: r.method, url: raw.split('?')[0], query, headers, hasRawBody: r.body?.mode === 'raw' && !!r.body.raw?.trim(), sendsBody: !!r.body?.mode });
    }
  };
  visit(collection.item, [], collection.auth);
  return out;
}

const key = (path: string, name: string) => `${path} :: ${name}`;

/** Official request (folder path :: name, and method where names repeat) -> the name we gave it. */
const renamed: Record<string, string> = {
  'Sponsored Products / Product targeting :: Product recommendatios': 'Product recommendations',
  'Sponsored Display / Locations :: Locations#POST': 'Create locations',
  'Sponsored Display / Locations :: Locations#GET': 'List locations',
};

/** Official URL that was wrong -> ours. */
const urlFixed: Record<string, string> = {
  'Sponsored Products / Budget rules :: Associate rule to campaign': '{{api_url}}/sp/campaigns/:campaignId/budgetRules',
  'Budget rules / SB :: Update budget rules': '{{api_url}}/sb/budgetRules',
  'Budget usage :: Sponsored Brands': '{{api_url}}/sb/campaigns/budget/usage',
  'Exports :: Request ad export': '{{api_url}}/ads/export',
  'Creative asset library :: Upload file': '{{uploadUrl}}',
};

/** Official header keys that were wrong -> the keys we send instead. */
const headersFixed: Record<string, { remove: string[]; add: string[] }> = {
  'Sponsored Products / Product ads :: Delete product ads': { remove: ['content-tpe'], add: ['content-type'] },
  // The official request sends no Ads headers at all.
  'Stores :: Insight metrics': { remove: [], add: ['amazon-advertising-api-clientid', 'authorization', 'amazon-advertising-api-scope'] },
};

const streamType = 'application/vnd.amazonmarketingstreamsubscriptions.v1+json';

/** Official media type that was wrong -> ours. */
const mediaFixed: Record<string, Record<string, string>> = {
  'Sponsored Products / Theme-based bid recommendations :: Get recommendations': { 'content-type': 'application/vnd.spthemebasedbidrecommendation.v3+json' },
  'Exports :: Request ad export': { accept: 'application/vnd.adsexport.v1+json', 'content-type': 'application/vnd.adsexport.v1+json' },
  'Budget usage :: Sponsored Brands': { accept: 'application/vnd.sbcampaignbudgetusage.v1+json', 'content-type': 'application/vnd.sbcampaignbudgetusage.v1+json' },
  // Media types the official request names but Amazon's OpenAPI spec of the operation does not declare
  // (test/contract/collection-contract.test.ts checks every request against the specs).
  'Amazon DSP / Persona builder :: Banded sizes': { accept: 'application/vnd.bandedsizeinsights.v1+json', 'content-type': 'application/vnd.bandedsizeinputexpression.v1+json' },
  'Amazon DSP / Persona builder :: Demographics': { accept: 'application/vnd.demographicinsights.v1+json', 'content-type': 'application/vnd.demographicinputexpressions.v1+json' },
  'Amazon DSP / Persona builder :: Prime Video': { accept: 'application/vnd.primevideoinsights.v1+json', 'content-type': 'application/vnd.primevideoinputexpressions.v1+json' },
  'Amazon DSP / Persona builder :: Top categories purchased': {
    accept: 'application/vnd.topcategoriespurchasedinsights.v1+json',
    'content-type': 'application/vnd.topcategoriespurchasedinputexpression.v1+json',
  },
  'Amazon DSP / Persona builder :: Top overlapping audiences': {
    accept: 'application/vnd.topoverlappingaudiencesinsights.v1+json',
    'content-type': 'application/vnd.topoverlappingaudiencesinputexpression.v1+json',
  },
  'Amazon Marketing Stream :: Create Stream subscription': { accept: streamType, 'content-type': streamType },
  'Amazon Marketing Stream :: Get Stream subscription by ID': { accept: streamType },
  'Amazon Marketing Stream :: List Stream subscriptions': { accept: streamType },
  'Amazon Marketing Stream :: Update Stream subscription': { 'content-type': streamType },
  'Reporting / DSP report :: Request DSP report': { 'content-type': 'application/vnd.dspcreatereports.v3+json' },
  'Sponsored Brands / Campaigns :: Update campaign': { accept: 'application/vnd.sbcampaignresource.v4+json', 'content-type': 'application/vnd.sbcampaignresource.v4+json' },
  'Sponsored Products / Product targeting :: Category recommendations': { accept: 'application/vnd.spproducttargetingresponse.v3+json' },
};

describe.skipIf(!present)('every official request is in our collection', () => {
  const rows = present ? officialInventoryRows() : [];
  const official = present ? walk(JSON.parse(readFileSync(officialFile, 'utf8'))) : [];
  const ours = walk(JSON.parse(readFileSync(oursFile, 'utf8')));
  const duplicated = new Set(rows.map((r) => key(r.folder.join(' / '), r.name)).filter((k, i, all) => all.indexOf(k) !== i));
  const officialKey = (path: string, name: string, method: string) => (duplicated.has(key(path, name)) ? `${key(path, name)}#${method}` : key(path, name));
  const ourName = (path: string, name: string, method: string) => renamed[officialKey(path, name, method)] ?? name;
  const find = (path: string, name: string, method: string) => ours.find((o) => o.path === path && o.name === ourName(path, name, method));

  it('the inventory and the collection agree on 244 requests', () => {
    expect(rows).toHaveLength(244);
    expect(official).toHaveLength(244);
  });

  it('same folder tree and request names, in the official order', () => {
    const folders = [...new Set(official.map((o) => o.path))];
    for (const path of folders) {
      const want = official.filter((o) => o.path === path).map((o) => ourName(o.path, o.name, o.method));
      expect(ours.filter((o) => o.path === path).map((o) => o.name), path).toEqual(want);
    }
    // the Unified API folder mirrors Amazon's second collection (test/catalog/unified-api.test.ts)
    expect(ours.filter((o) => !o.path.startsWith('Unified API'))).toHaveLength(official.length);
  });

  it.each(rows.map((r) => [`${r.folder.join(' / ')} :: ${r.name} (${r.method})`, r] as const))('%s', (_, row) => {
    const path = row.folder.join(' / ');
    const k = key(path, row.name);
    const theirs = official.find((o) => o.path === path && o.name === row.name && o.method === row.method)!;
    const our = find(path, row.name, row.method);
    expect(our, 'present under the same folder and name').toBeDefined();
    expect(our!.method).toBe(row.method);
    expect(our!.url).toBe(urlFixed[k] ?? row.url.split('?')[0]);
    expect(our!.query, 'query keys').toEqual(theirs.query);

    const fix = headersFixed[k] ?? { remove: [], add: [] };
    const officialKeys = Object.keys(row.headers).map((h) => h.toLowerCase()).filter((h) => !fix.remove.includes(h));
    const wanted = new Set([...officialKeys, ...fix.add]);
    // A body needs a Content-Type; where the official request sends (or we send) a body without one, we add it.
    if ((theirs.hasRawBody || our!.sendsBody) && !wanted.has('content-type')) wanted.add('content-type');
    expect([...our!.headers.keys()].sort(), 'header keys').toEqual([...wanted].sort());

    for (const media of ['accept', 'content-type']) {
      const officialValue = Object.entries(row.headers).find(([h]) => h.toLowerCase() === (media === 'content-type' && k in headersFixed ? 'content-tpe' : media) || h.toLowerCase() === media)?.[1];
      const want = mediaFixed[k]?.[media] ?? officialValue;
      if (want !== undefined) expect(our!.headers.get(media), media).toBe(want);
    }
  });
});
