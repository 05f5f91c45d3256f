/**
 * The Sponsored Display family helper: the list request and the store-ids script it derives from the
 * resource's path and id field equal the ones the folders used to spell out.
 */
import { describe, expect, it } from 'vitest';
import { sdDocs, sdResourceRequests } from '../../../src/catalog/sponsored-display/sd-resource.js';
import { sdAnswers, sdCampaign, sdLocation } from '../../../src/catalog/sponsored-display/examples.js';

const campaigns = sdResourceRequests({ path: 'campaigns', noun: 'campaign', idKey: 'campaignId', entity: sdCampaign, storesId: true });

describe('sdResourceRequests', () => {
  it('lists with GET on the resource URL, storing the first id and answering the saved list', () => {
    expect(campaigns.list({ name: 'List campaigns', description: 'Lists.' })).toEqual({
      kind: 'request',
      name: 'List campaigns',
      method: 'GET',
      url: '{{api_url}}/sd/campaigns',
      headers: 'profile',
      description: 'Lists.',
      docs: sdDocs,
      scripts: { test: [{ name: 'store-ids', params: { variable: 'campaignId', from: '[0].campaignId' } }] },
      examples: sdAnswers('campaign', 'campaignId', sdCampaign).listed,
    });
  });

  it('creates with POST of plain JSON, storing the first id and answering one result per item', () => {
    const create = campaigns.create({ name: 'Create campaigns', example: [{ name: 'x' }], description: 'Creates.' });
    expect(create).toMatchObject({
      method: 'POST',
      url: '{{api_url}}/sd/campaigns',
      contentType: 'json',
      body: { mode: 'raw', example: [{ name: 'x' }] },
      scripts: { test: [{ name: 'store-ids', params: { variable: 'campaignId', from: '[0].campaignId' } }] },
      examples: campaigns.answers.created,
    });
    expect(create.accept).toBeUndefined();
  });

  it('adds no script for a resource whose ids are not stored, and lets a request name its own examples', () => {
    const locations = sdResourceRequests({ path: 'locations', noun: 'location target', idKey: 'locationExpressionId', entity: sdLocation, storesId: false });
    const list = locations.list({ name: 'List locations', description: 'Lists.', examples: [] });
    expect(list.scripts).toBeUndefined();
    expect(list.examples).toEqual([]);
    expect(locations.create({ name: 'Create locations', example: [], description: 'Creates.' }).scripts).toBeUndefined();
  });
});
