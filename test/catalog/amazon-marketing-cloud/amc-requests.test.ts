/**
 * amcRequests: the AMC headers and docs link set once, and the closing sentences of a description derived
 * from the request's method, the variables of its body and URL, and the id it stores.
 */
import { describe, expect, it } from 'vitest';
import { amcRequests } from '../../../src/catalog/amazon-marketing-cloud/amc-requests.js';

const amcRequest = amcRequests([{ key: 'Amazon-Advertising-API-AdvertiserId', value: '{{advertiser_id}}' }], 'https://example.test/docs');

describe('amcRequests', () => {
  it('ends a PUT with the update sentence, then the variables of its body and URL, without {{api_url}}', () => {
    const spec = amcRequest({
      name: 'Update',
      method: 'PUT',
      url: '{{api_url}}/amc/instances/{{instanceId}}/things/:thingId',
      pathVariables: { thingId: '{{workflowExecutionId}}' },
      contentType: 'json',
      body: { mode: 'raw', example: { market: '{{marketplace_id}}', again: '{{instanceId}}' } },
      description: 'Changes a thing.',
    });
    expect(spec.description).toBe(
      'Changes a thing. Only the fields sent change; each item names the entity by id. Uses {{marketplace_id}}, {{instanceId}} (set in the environment or stored by an earlier request).',
    );
  });

  it('ends a DELETE with the delete sentence and adds nothing for a request that reads no variable', () => {
    const remove = amcRequest({ name: 'Delete', method: 'DELETE', url: '{{api_url}}/amc/things/:thingId', description: 'Deletes a thing.' });
    const list = amcRequest({ name: 'List', method: 'GET', url: '{{api_url}}/amc/things', description: 'Lists things.' });
    expect(remove.description).toBe('Deletes a thing. Archives or removes the entity named in the URL; this cannot be undone.');
    expect(list.description).toBe('Lists things.');
  });

  it('turns storesId into the store-ids script and the closing Stores sentence; keeps the headers and docs', () => {
    const spec = amcRequest({
      name: 'Create',
      method: 'POST',
      url: '{{api_url}}/amc/instances',
      description: 'Creates one.',
      storesId: { variable: 'instanceId', from: 'instance.instanceId' },
    });
    expect(spec.description).toBe('Creates one. Stores {{instanceId}} from the answer for later requests; an empty answer leaves it unset instead of failing.');
    expect(spec.scripts).toEqual({ test: [{ name: 'store-ids', params: { variable: 'instanceId', from: 'instance.instanceId' } }] });
    expect(spec).not.toHaveProperty('storesId');
    expect(spec).toMatchObject({ headers: 'account', docs: 'https://example.test/docs' });
    expect(spec.extraHeaders).toEqual([{ key: 'Amazon-Advertising-API-AdvertiserId', value: '{{advertiser_id}}' }]);
  });
});
