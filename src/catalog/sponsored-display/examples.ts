/**
 * Saved answers of the Sponsored Display requests. These calls answer plain JSON arrays: a create
 * answers one `{ code, <id> }` per item sent (207), a list the entities themselves. The entities below
 * are one campaign, ad group, ad, target, creative and location target, with the shared example ids
 * (numbers, as this API writes them).
 */
import { exampleIds, itemResults, moreExampleIds, ok, plainJson } from '../examples.js';
import type { ExampleResponse, Json } from '../types.js';

type Entity = { [key: string]: Json };

/** Sponsored Display ids are numbers. */
export const sdIds = {
  campaignId: Number(exampleIds.campaignId),
  adGroupId: Number(exampleIds.adGroupId),
  adId: Number(exampleIds.adId),
  targetId: Number(exampleIds.targetId),
  creativeId: Number(moreExampleIds.creativeId),
  locationExpressionId: Number(moreExampleIds.locationExpressionId),
};

export const sdCampaign: Entity = {
  campaignId: sdIds.campaignId,
  name: 'Example campaign',
  tactic: 'T00030',
  startDate: '20261010',
  endDate: '20261101',
  state: 'paused',
  costType: 'cpc',
  budget: 10,
  budgetType: 'daily',
  deliveryProfile: 'as_soon_as_possible',
};

export const sdAdGroup: Entity = {
  adGroupId: sdIds.adGroupId,
  campaignId: sdIds.campaignId,
  name: 'Example ad group',
  defaultBid: 1,
  bidOptimization: 'clicks',
  state: 'enabled',
  tactic: 'T00030',
  creativeType: 'IMAGE',
};

export const sdProductAd: Entity = {
  adId: sdIds.adId,
  adGroupId: sdIds.adGroupId,
  campaignId: sdIds.campaignId,
  adName: 'Example ad',
  landingPageURL: 'https://www.myurl.com',
  landingPageType: 'OFF_AMAZON_LINK',
  state: 'enabled',
};

export const sdTarget: Entity = {
  targetId: sdIds.targetId,
  adGroupId: sdIds.adGroupId,
  expressionType: 'manual',
  state: 'enabled',
  bid: 1.25,
  expression: [{ type: 'audience', value: [{ type: 'audienceSameAs', value: moreExampleIds.audienceId }] }],
  resolvedExpression: [{ type: 'audience', value: [{ type: 'audienceSameAs', value: 'In-market: Water Bottles' }] }],
};

export const sdLocation: Entity = {
  locationExpressionId: sdIds.locationExpressionId,
  adGroupId: sdIds.adGroupId,
  expressionType: 'manual',
  state: 'enabled',
  expression: [{ type: 'location', value: 'amzn1.ad-geo.GP-US-10005' }],
  resolvedExpression: [{ type: 'location', value: 'New York, New York, US - 10005' }],
};

/** A creative of the example ad group with the given properties, approved by moderation. */
export function sdCreative(properties: Json): Entity {
  return { creativeId: sdIds.creativeId, adGroupId: sdIds.adGroupId, creativeType: 'IMAGE', moderationStatus: 'APPROVED', properties };
}

/** The answers of one entity's create (one result per item, 207) and list (the entities) requests. */
export function sdAnswers(noun: string, idKey: string, entity: Entity): { created: ExampleResponse[]; listed: ExampleResponse[] } {
  return {
    created: [itemResults(`207 Multi-Status: one ${noun} created`, 207, idKey, [entity[idKey] as number], plainJson)],
    listed: [ok(`200 OK: one ${noun}`, 200, [entity], plainJson)],
  };
}
