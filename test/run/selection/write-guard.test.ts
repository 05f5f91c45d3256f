import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import type { CollectionJson } from '../../../src/run/selection/folders.js';
import { plannedRequests } from '../../../src/run/selection/planned-requests.js';
import { checkWrites } from '../../../src/run/selection/write-guard.js';

const collection: CollectionJson = {
  item: [
    { name: 'Auth', item: [{ name: 'Token', request: { method: 'POST', url: { raw: '{{token_url}}' } } as never }] },
    {
      name: 'SP',
      item: [
        { name: 'List', request: { method: 'POST', url: '{{api_url}}/sp/campaigns/list' } as never },
        { name: 'Create', request: { method: 'POST', url: { raw: '{{api_url}}/sp/campaigns' } } as never },
        { name: 'Upload', request: { method: 'PUT', url: '{{uploadUrl}}' } as never },
      ],
    },
  ],
};
const environment = (api: string) => ({ values: [{ key: 'api_url', value: api }, { key: 'token_url', value: 'https://api.amazon.com/auth/o2/token' }, { key: 'uploadUrl', value: '' }] });

describe('plannedRequests', () => {
  it('names each request by its folders, fills in the values the environment holds and tells writes and loopback', () => {
    expect(plannedRequests(collection, environment('http://127.0.0.1:9'))).toEqual([
      { name: 'Auth / Token', method: 'POST', url: 'https://api.amazon.com/auth/o2/token', writes: false, loopback: false },
      { name: 'SP / List', method: 'POST', url: 'http://127.0.0.1:9/sp/campaigns/list', writes: false, loopback: true },
      { name: 'SP / Create', method: 'POST', url: 'http://127.0.0.1:9/sp/campaigns', writes: true, loopback: true },
      { name: 'SP / Upload', method: 'PUT', url: '{{uploadUrl}}', writes: true, loopback: false },
    ]);
  });
});

describe('checkWrites', () => {
  it('refuses the writes that go to a host that is not this machine (or not known yet), naming them, unless --allow-writes', () => {
    const real = plannedRequests(collection, environment('https://advertising-api.amazon.com'));
    expect(() => checkWrites(real, false)).toThrow(
      new UsageError(
        'the selection holds 2 requests that create, update or delete in the account at advertising-api.amazon.com, {{uploadUrl}}, which is not this machine: SP / Create (POST), SP / Upload (PUT) - add --allow-writes to send them, or --dry-run to see what the run would send (the emulator needs no flag)',
      ),
    );
    expect(() => checkWrites(real, true)).not.toThrow();
    const local = plannedRequests(collection, environment('http://localhost:9')).filter((request) => request.name !== 'SP / Upload');
    expect(() => checkWrites(local, false)).not.toThrow();
  });

  it('names at most 20, then how many more', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ name: `R${i}`, method: 'DELETE', url: 'https://h.example/x', writes: true, loopback: false }));
    expect(() => checkWrites(many, false)).toThrow(/R19 \(DELETE\), and 5 more - add --allow-writes/);
  });
});
