import { describe, expect, it } from 'vitest';
import { toPostmanUrl } from '../../src/generate/to-postman-url.js';

describe('toPostmanUrl', () => {
  it('keeps the variable host and splits the path, with raw first', () => {
    const json = toPostmanUrl({ url: '{{api_url}}/v2/profiles' }).toJSON();
    expect(Object.keys(json)[0]).toBe('raw');
    expect(json).toMatchObject({ raw: '{{api_url}}/v2/profiles', host: ['{{api_url}}'], path: ['v2', 'profiles'] });
  });

  it('adds query parameters to the structure and to raw, leaving disabled ones out of raw', () => {
    const json = toPostmanUrl({
      url: '{{auth_grant_url}}',
      query: [
        { key: 'scope', value: '{{permission_scope}}', description: 'why' },
        { key: 'debug', value: '1', disabled: true },
      ],
    }).toJSON();
    expect(json.raw).toBe('{{auth_grant_url}}?scope={{permission_scope}}');
    expect(json.query).toEqual([
      { key: 'scope', value: '{{permission_scope}}', description: { content: 'why', type: 'text/plain' } },
      { key: 'debug', value: '1', disabled: true },
    ]);
  });

  it('keeps :name path variables in raw and gives them their values', () => {
    const json = toPostmanUrl({ url: '{{api_url}}/sp/campaigns/:campaignId', pathVariables: { campaignId: '{{campaignId}}' } }).toJSON();
    expect(json.raw).toBe('{{api_url}}/sp/campaigns/:campaignId');
    expect(json.variable).toEqual([{ key: 'campaignId', value: '{{campaignId}}', type: 'any' }]);
  });

  it('rejects a value for a path variable the URL does not have', () => {
    expect(() => toPostmanUrl({ url: '{{api_url}}/sp/campaigns', pathVariables: { campaignId: '1' } })).toThrow(/no :campaignId/);
  });
});
