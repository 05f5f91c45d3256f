import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildCollection, collectionSchemaUrl } from '../../src/generate/build-collection.js';
import { scriptLines } from '../../src/scripts/assemble.js';
import type { ScriptEvent, ScriptName } from '../../src/scripts/index.js';
import { catalog, collectionInfo } from '../../src/catalog/index.js';
import { folder, request } from '../../src/catalog/types.js';
import { needsShared, sharedFile } from '../support/needs.js';

const referenceSchema = sharedFile('reference/postman-schema/collection-v2.1.0.schema.json');
const hasReference = needsShared('reference/postman-schema/collection-v2.1.0.schema.json');

const collection = buildCollection(catalog, collectionInfo);
type Node = { name: string; item?: Node[]; request?: { method: string; url: { raw: string } }; event?: Array<{ listen: string; script: { exec: string[] } }> };
const top = collection.item as Node[];
const byName = (items: Node[] | undefined, name: string) => items?.find((i) => i.name === name);

describe('buildCollection', () => {
  it('declares the v2.1.0 schema, the collection name and a stable id', () => {
    expect(collection.info.schema).toBe(collectionSchemaUrl);
    expect(collection.info.name).toBe('Amazon Ads API');
    expect(buildCollection(catalog, collectionInfo).info._postman_id).toBe(collection.info._postman_id);
    expect(Object.keys(collection)[0]).toBe('info');
  });

  it.skipIf(!hasReference)("validates against Postman's own Collection v2.1.0 JSON schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(referenceSchema, 'utf8')));
    expect(validate(collection), ajv.errorsText(validate.errors)).toBe(true);
  });

  it.skipIf(!hasReference)('the schema check can fail: a request without a method type is rejected', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(referenceSchema, 'utf8')));
    const broken = structuredClone(collection) as { item: Array<{ item: Array<{ request: { method: unknown } }> }> };
    broken.item[0].item[0].request.method = 42;
    expect(validate(broken)).toBe(false);
  });

  it('starts with the official top-level folders in order', () => {
    expect(top.slice(0, 3).map((f) => f.name)).toEqual(['Auth', 'Accounts', 'First call']);
    const names = top.map((f) => f.name);
    expect(names.indexOf('Sponsored Products')).toBeGreaterThan(names.indexOf('First call'));
  });

  it('runs refresh-token before and check-response after every request, at collection level', () => {
    const events = collection.event as Array<{ listen: string; script: { exec: string[] } }>;
    expect(events.map((e) => e.listen)).toEqual(['prerequest', 'test']);
    const source = (name: ScriptName, event: ScriptEvent) => scriptLines(name, event).join('\n');
    expect(events[0].script.exec.join('\n')).toBe(source('refresh-token', 'prerequest'));
    expect(events[1].script.exec.join('\n')).toBe(source('check-response', 'test'));
  });

  it('embeds list-campaigns with its ad product as params on each First call request, before and after', () => {
    const firstCall = byName(top, 'First call');
    for (const [name, product] of [['List SB campaigns', 'SB'], ['List SD campaigns', 'SD'], ['List SP campaigns', 'SP']]) {
      const events = byName(firstCall?.item, name)?.event ?? [];
      expect(events.map((e) => e.listen)).toEqual(['prerequest', 'test']);
      for (const event of events) expect(event.script.exec[0]).toBe(`const params = {"adProduct":"${product}"};`);
    }
  });

  it('attaches store-token, show-consent-url and select-profile where the contract says', () => {
    const exec = (folderName: string, name: string, listen: string) =>
      byName(byName(top, folderName)?.item, name)?.event?.find((e) => e.listen === listen)?.script.exec.join('\n');
    const source = (name: ScriptName) => scriptLines(name, 'test').join('\n');
    expect(exec('Auth', 'Access token from auth grant code', 'test')).toBe(source('store-token'));
    expect(exec('Auth', 'Access token from refresh token', 'test')).toBe(source('store-token'));
    expect(exec('Auth', 'Auth grant login', 'test')).toBe(source('show-consent-url'));
    expect(exec('Accounts', 'Profiles', 'test')).toBe(source('select-profile'));
  });

  it('is the same for the same catalog, and changes when the catalog changes', () => {
    const one = JSON.stringify(buildCollection(catalog, collectionInfo));
    expect(JSON.stringify(buildCollection(catalog, collectionInfo))).toBe(one);
    const extra = folder('Extra', 'x', [request({ name: 'r', method: 'GET', url: '{{api_url}}/x', headers: 'profile', description: 'x' })]);
    expect(JSON.stringify(buildCollection([...catalog, extra], collectionInfo))).not.toBe(one);
  });

  it('sets bearer auth once on the collection; Auth requests say noauth, no request sends an Authorization header', () => {
    expect(collection.auth).toEqual({ type: 'bearer', bearer: [{ key: 'token', value: '{{access_token}}', type: 'string' }] });
    const requests: Array<{ path: string; request: any }> = [];
    const visit = (items: any[], path: string[]) => {
      for (const item of items) {
        if (item.item) visit(item.item, [...path, item.name]);
        else requests.push({ path: [...path, item.name].join(' / '), request: item.request });
      }
    };
    visit(collection.item as any[], []);
    for (const { path, request } of requests) {
      expect((request.header ?? []).map((h: any) => h.key.toLowerCase()), path).not.toContain('authorization');
    }
    const auth = requests.filter((r) => r.path.startsWith('Auth / '));
    expect(auth).toHaveLength(3);
    for (const { request } of auth) expect(request.auth?.type).toBe('noauth');
    expect(requests.find((r) => r.path === 'Accounts / Profiles')!.request.auth).toBeUndefined();
  });
});
