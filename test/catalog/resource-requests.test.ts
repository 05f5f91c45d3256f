/**
 * resourceRequests: the fields a resource's requests share, and what a resource that states its list key
 * and id derives (create / update / delete bodies, store-ids scripts); explicit values still win.
 */
import { describe, expect, it } from 'vitest';
import { idFilterBody, resourceRequests } from '../../src/catalog/resource-requests.js';
import { preferRepresentation } from '../../src/catalog/headers.js';

const docs = 'https://example.test/docs';
const plain = resourceRequests({ url: '{{api_url}}/sd/campaigns', contentType: 'json', docs });
const negativeKeywords = resourceRequests({
  url: '{{api_url}}/sp/negativeKeywords',
  accept: 'spNegativeKeyword',
  contentType: 'spNegativeKeyword',
  docs,
  listKey: 'negativeKeywords',
  id: 'negativeKeywordId',
  idInEntity: 'keywordId',
});
const negativeTargets = resourceRequests({
  url: '{{api_url}}/sp/negativeTargets',
  contentType: 'spNegativeTargetingClause',
  docs,
  extraHeaders: [preferRepresentation],
  listKey: 'negativeTargetingClauses',
  id: 'negativeTargetId',
  idInEntity: 'targetId',
  idInCreated: 'targetId',
});

describe('resourceRequests', () => {
  it('sets method, URL, header set, media types and docs once per operation', () => {
    const list = plain.list({ name: 'List', description: 'Lists.', example: { stateFilter: 'enabled' } });
    expect(list).toEqual({
      kind: 'request',
      name: 'List',
      method: 'POST',
      url: '{{api_url}}/sd/campaigns/list',
      headers: 'profile',
      contentType: 'json',
      docs,
      body: { mode: 'raw', example: { stateFilter: 'enabled' } },
      description: 'Lists. Filters go in the body; a `nextToken` in the answer means more pages follow.',
    });
    expect(plain.update({ name: 'U', description: 'd' }).method).toBe('PUT');
    expect(plain.delete({ name: 'D', description: 'd' }).url).toBe('{{api_url}}/sd/campaigns/delete');
  });

  it('derives nothing for a resource without list key and id', () => {
    expect(plain.delete({ name: 'D', description: 'd' }).body).toBeUndefined();
    expect(plain.create({ name: 'C', description: 'd' }).scripts).toBeUndefined();
    expect(() => plain.update({ name: 'Update campaigns', description: 'd', changes: { state: 'paused' } })).toThrow(
      "Update campaigns: `changes` needs the resource's listKey and id ({{api_url}}/sd/campaigns)",
    );
  });

  it('derives the delete body from the id name', () => {
    expect(idFilterBody('negativeKeywordId')).toEqual({ negativeKeywordIdFilter: { include: ['{{negativeKeywordId}}'] } });
    expect(negativeKeywords.delete({ name: 'D', description: 'd' }).body).toEqual({
      mode: 'raw',
      example: { negativeKeywordIdFilter: { include: ['{{negativeKeywordId}}'] } },
    });
  });

  it('derives the create and update bodies: the entity in the list, the changes after the id in the entity', () => {
    expect(negativeKeywords.create({ name: 'C', description: 'd', entity: { keywordText: 'free sample' } }).body).toEqual({
      mode: 'raw',
      example: { negativeKeywords: [{ keywordText: 'free sample' }] },
    });
    const update = negativeKeywords.update({ name: 'U', description: 'd', changes: { state: 'PAUSED' } });
    expect(JSON.stringify(update.body)).toBe(
      '{"mode":"raw","example":{"negativeKeywords":[{"keywordId":"{{negativeKeywordId}}","state":"PAUSED"}]}}',
    );
  });

  it('stores the first id from a create (success entries) and a list answer, unless told not to', () => {
    expect(negativeKeywords.create({ name: 'C', description: 'd' }).scripts).toEqual({
      test: [{ name: 'store-ids', params: { variable: 'negativeKeywordId', from: 'negativeKeywords.success[0].negativeKeywordId' } }],
    });
    expect(negativeKeywords.list({ name: 'L', description: 'd' }).scripts).toEqual({
      test: [{ name: 'store-ids', params: { variable: 'negativeKeywordId', from: 'negativeKeywords[0].keywordId' } }],
    });
    expect(negativeTargets.create({ name: 'C', description: 'd' }).scripts).toEqual({
      test: [{ name: 'store-ids', params: { variable: 'negativeTargetId', from: 'negativeTargetingClauses.success[0].targetId' } }],
    });
    const notStoring = negativeKeywords.list({ name: 'L', description: 'd', storesId: false });
    expect(notStoring.scripts).toBeUndefined();
    expect(notStoring).not.toHaveProperty('storesId');
  });

  it('lets explicit values win over derived ones, and sends the resource headers unless a request has its own', () => {
    const explicit = negativeTargets.delete({ name: 'D', description: 'd', example: { other: true }, extraHeaders: [] });
    expect(explicit.body).toEqual({ mode: 'raw', example: { other: true } });
    expect(explicit.extraHeaders).toEqual([]);
    expect(negativeTargets.list({ name: 'L', description: 'd', scripts: { test: ['check-response'] } }).scripts).toEqual({ test: ['check-response'] });
    expect(negativeTargets.update({ name: 'U', description: 'd' }).extraHeaders).toEqual([preferRepresentation]);
  });

  it("closes each description with the convention's sentence, the variables the request reads and the id it stores", () => {
    const create = negativeKeywords.create({ name: 'Create', entity: { campaignId: '{{campaignId}}', keywordText: 'x' }, description: 'Stops it.' });
    expect(create.description).toBe(
      'Stops it. Several items can go in one call; the answer reports success or an error per item, by index. Uses {{campaignId}} (set in the environment or stored by an earlier request). Stores {{negativeKeywordId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    );
    expect(plain.create({ name: 'Create', example: [{ name: 'x' }], description: 'Creates.' }).description).toBe('Creates. Send one object per entity; the answer has one result per item, in order.');
    expect(plain.create({ name: 'Create', example: { name: 'x', state: 'y' }, description: 'Creates one.' }).description).toBe('Creates one.');
    expect(negativeKeywords.update({ name: 'Update', changes: { state: 'PAUSED' }, description: 'Pauses.' }).description).toBe(
      'Pauses. Only the fields sent change; each item names the entity by id. Uses {{negativeKeywordId}} (set in the environment or stored by an earlier request).',
    );
    expect(negativeKeywords.delete({ name: 'Delete', description: 'Archives.' }).description).toBe(
      'Archives. Deleting archives the entities named in the id filter; this cannot be undone. Uses {{negativeKeywordId}} (set in the environment or stored by an earlier request).',
    );
  });

  it('does not count a variable that the request sets itself before sending as one it uses', () => {
    const create = plain.create({
      name: 'Create',
      example: [{ startDate: '{{campaign_start_date}}', campaignId: '{{campaignId}}' }],
      description: 'Creates.',
      scripts: { prerequest: [{ name: 'relative-date', params: { variable: 'campaign_start_date', days: 1 } }] },
    });
    expect(create.description).toBe('Creates. Send one object per entity; the answer has one result per item, in order. Uses {{campaignId}} (set in the environment or stored by an earlier request).');
  });
});
