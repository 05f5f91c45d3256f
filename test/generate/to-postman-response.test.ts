import sdk from 'postman-collection';
import { describe, expect, it } from 'vitest';
import { exampleMediaType, toPostmanResponse } from '../../src/generate/to-postman-response.js';
import { toPostmanUrl } from '../../src/generate/to-postman-url.js';

function originalRequest() {
  const request = new sdk.Request({ method: 'GET', url: '' });
  request.url = toPostmanUrl({ url: '{{api_url}}/v2/profiles' });
  return request;
}

describe('toPostmanResponse', () => {
  it('writes name, code, status text, Content-Type from Accept, pretty JSON and the JSON preview language', () => {
    const json = toPostmanResponse({ name: '200 OK: profiles', status: 200, body: [{ profileId: 1 }] }, { accept: 'spCampaign' }, originalRequest(), ['Accounts', 'Profiles']).toJSON() as any;
    expect(json.name).toBe('200 OK: profiles');
    expect(json.code).toBe(200);
    expect(json.status).toBe('OK');
    expect(json.header).toEqual([{ key: 'Content-Type', value: 'application/vnd.spCampaign.v3+json' }]);
    expect(json.body).toBe('[\n  {\n    "profileId": 1\n  }\n]');
    expect(json._postman_previewlanguage).toBe('json');
    expect(json._).toBeUndefined();
    expect(json.originalRequest.url.raw).toBe('{{api_url}}/v2/profiles');
    expect(json.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("prefers the example's own content type, keeps extra headers after it, and gives a stable id per path and name", () => {
    const example = { name: '429', status: 429, contentType: 'json' as const, headers: [{ key: 'Retry-After', value: '2' }], body: { code: 'THROTTLED' } };
    const a = toPostmanResponse(example, { accept: 'spCampaign' }, originalRequest(), ['A', 'x']).toJSON() as any;
    expect(a.header).toEqual([{ key: 'Content-Type', value: 'application/json' }, { key: 'Retry-After', value: '2' }]);
    expect(a.status).toBe('Too Many Requests');
    expect(toPostmanResponse(example, {}, originalRequest(), ['A', 'x']).id).toBe(a.id);
    expect(toPostmanResponse(example, {}, originalRequest(), ['B', 'x']).id).not.toBe(a.id);
  });

  it('writes a text body as is, with the text preview, and no body or Content-Type when the example has none', () => {
    const text = toPostmanResponse({ name: 'page', status: 200, contentType: 'formUrlEncoded', body: 'a=1' }, {}, originalRequest(), ['p']).toJSON() as any;
    expect(text.body).toBe('a=1');
    expect(text._postman_previewlanguage).toBe('text');
    const empty = toPostmanResponse({ name: '204', status: 204 }, { accept: 'json' }, originalRequest(), ['e']).toJSON() as any;
    expect(empty.body).toBeUndefined();
    expect(empty.header).toEqual([]);
  });

  it('falls back to JSON for a JSON body when neither the example nor the request names a media type', () => {
    expect(exampleMediaType({ name: 'x', status: 200, body: { a: 1 } }, {})).toBe('application/json');
    expect(exampleMediaType({ name: 'x', status: 200, body: 'plain' }, {})).toBeUndefined();
  });
});
