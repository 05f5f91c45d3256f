/**
 * The Sponsored Display family helper: the list request and the store-ids script it derives from the
 * resource's path and id field equal the ones the folders used to spell out.
 */
import { asNumber } from '../../../src/catalog/number-variable.js';
import { describe, expect, it } from 'vitest';
import { sdDocs, sdResourceRequests, sentEntity } from '../../../src/catalog/sponsored-display/sd-resource.js';
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
      description: 'Lists. Stores {{campaignId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
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

  it('sends the listed fields of the saved entity, in the listed order, ids of other entities as their variables', () => {
    const create = campaigns.create({ name: 'Create campaigns', sends: ['name', 'budget', 'state'], description: 'Creates.' });
    expect(create.body).toEqual({ mode: 'raw', example: [{ name: 'Example campaign', budget: 10, state: 'paused' }] });
    const ads = { path: 'productAds', noun: 'product ad', idKey: 'adId', entity: { adId: 1, adGroupId: 2, campaignId: 3, state: 'enabled' }, storesId: true } as const;
    // ids go bare (int64 in the Sponsored Display spec): marked for the body serializer
    expect(sentEntity(ads, ['adGroupId', 'campaignId', 'state'])).toEqual({ adGroupId: asNumber('adGroupId'), campaignId: asNumber('campaignId'), state: 'enabled' });
    expect(sentEntity(ads, ['adId'])).toEqual({ adId: 1 });
  });

  it('refuses to send a field the saved entity lacks, naming it and where to add it', () => {
    expect(() => campaigns.create({ name: 'Create campaigns', sends: ['nmae'], description: 'Creates.' })).toThrow(
      'Sponsored Display campaigns: a create sends "nmae", which the saved campaign lacks - add it to the entity in sponsored-display/examples.ts',
    );
  });
});
