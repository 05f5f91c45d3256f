import { describe, expect, it } from 'vitest';
import { toPostmanRequest } from '../../src/generate/to-postman-request.js';
import { request } from '../../src/catalog/types.js';
import type { ScriptName } from '../../src/scripts/index.js';

const load = (name: ScriptName) => `// ${name}\nrun();\n`;

describe('toPostmanRequest', () => {
  it('turns a raw-body request into an item with method, headers, JSON body, description and scripts', () => {
    const spec = request({
      name: 'Create campaigns',
      method: 'POST',
      url: '{{api_url}}/sp/campaigns',
      headers: 'profile',
      accept: 'spCampaign',
      contentType: 'spCampaign',
      extraHeaders: [{ key: 'Prefer', value: 'return=representation' }],
      body: { mode: 'raw', example: { campaigns: [{ name: 'x' }] } },
      description: 'Makes campaigns.',
      docs: 'https://advertising.amazon.com/x',
      scripts: { test: [{ name: 'list-campaigns', params: { adProduct: 'SP' } }] },
    });
    const json = toPostmanRequest(spec, ['Sponsored Products', 'Campaigns'], load).toJSON() as any;
    expect(json.name).toBe('Create campaigns');
    expect(json.id).toMatch(/^[0-9a-f-]{36}$/);
    const req = json.request as Record<string, any>;
    expect(req.method).toBe('POST');
    expect(req.url.raw).toBe('{{api_url}}/sp/campaigns');
    expect(req.header.map((h: any) => h.key)).toEqual([
      'Amazon-Advertising-API-ClientId',
      'Amazon-Advertising-API-Scope',
      'Accept',
      'Content-Type',
      'Prefer',
    ]);
    expect(req.auth, 'inherits the collection bearer auth').toBeUndefined();
    expect(req.body.mode).toBe('raw');
    expect(JSON.parse(req.body.raw)).toEqual({ campaigns: [{ name: 'x' }] });
    expect(req.body.options).toEqual({ raw: { language: 'json' } });
    expect(req.description).toEqual({
      content: 'Makes campaigns.\n\n[Amazon Ads documentation](https://advertising.amazon.com/x)',
      type: 'text/markdown',
    });
    expect(json.event).toHaveLength(1);
    expect(json.event[0].listen).toBe('test');
    expect((json.event[0].script as any).exec).toEqual(['const params = {"adProduct":"SP"};', '// src/scripts/list-campaigns-after-response.js', 'run();']);
  });

  it('turns a urlencoded request into form fields with no Ads headers', () => {
    const spec = request({
      name: 'Token',
      method: 'POST',
      url: '{{token_url}}',
      headers: 'none',
      contentType: 'formUrlEncoded',
      body: { mode: 'urlencoded', fields: [{ key: 'grant_type', value: 'refresh_token' }, { key: 'refresh_token', value: '{{refresh_token}}' }] },
      description: 'Refreshes.',
    });
    const req = toPostmanRequest(spec, ['Auth'], load).toJSON().request as Record<string, any>;
    expect(req.header).toEqual([{ key: 'Content-Type', value: 'application/x-www-form-urlencoded' }]);
    expect(req.auth?.type, 'no token on a Login with Amazon request').toBe('noauth');
    expect(req.body).toEqual({
      mode: 'urlencoded',
      urlencoded: [
        { key: 'grant_type', value: 'refresh_token' },
        { key: 'refresh_token', value: '{{refresh_token}}' },
      ],
    });
    expect(req.description.content).toBe('Refreshes.');
  });

  it('derives the id from the folder path, so equal names in different folders differ', () => {
    const spec = request({ name: 'List', method: 'GET', url: '{{api_url}}/x', headers: 'profile', description: 'd' });
    const a = toPostmanRequest(spec, ['A'], load).id;
    expect(toPostmanRequest(spec, ['A'], load).id).toBe(a);
    expect(toPostmanRequest(spec, ['B'], load).id).not.toBe(a);
  });

  it('writes the examples as saved responses whose originalRequest is the request as generated', () => {
    const spec = request({
      name: 'List',
      method: 'POST',
      url: '{{api_url}}/sp/campaigns/list',
      headers: 'profile',
      accept: 'spCampaign',
      contentType: 'spCampaign',
      body: { mode: 'raw', example: {} },
      description: 'd',
      examples: [
        { name: '200 OK: one campaign', status: 200, body: { campaigns: [] } },
        { name: '429 Too Many Requests', status: 429, contentType: 'json', headers: [{ key: 'Retry-After', value: '2' }], body: { code: 'THROTTLED' } },
      ],
    });
    const json = toPostmanRequest(spec, ['First call'], load).toJSON() as any;
    expect(json.response.map((r: any) => [r.name, r.code, r.status])).toEqual([
      ['200 OK: one campaign', 200, 'OK'],
      ['429 Too Many Requests', 429, 'Too Many Requests'],
    ]);
    const { description, ...requestWithoutDescription } = json.request;
    expect(description).toBeDefined();
    expect(json.response[0].originalRequest).toEqual(requestWithoutDescription);
    expect(json.response[1].header).toEqual([
      { key: 'Content-Type', value: 'application/json' },
      { key: 'Retry-After', value: '2' },
    ]);
  });
});
