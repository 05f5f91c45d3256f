/**
 * Saved answers of the Sponsored TV requests. Like Sponsored Products version 3, a create, update or
 * delete answers 207 with a success entry (carrying the entity) or an error entry per item, and a list
 * answers the entities under their plural name. The entities are one campaign, ad group, ad and
 * creative with the shared example ids.
 */
import { exampleIds, moreExampleIds, multiStatusWithEntities, ok } from '../examples.js';
import type { MediaTypeKey } from '../media-types.js';
import type { ExampleResponse, Json } from '../types.js';
import type { VariableName } from '../variables.js';

type Entity = { [key: string]: Json };

export const stCampaign: Entity = {
  campaignId: exampleIds.campaignId,
  name: 'Example campaign',
  state: 'ENABLED',
  startDate: '2026-09-25T00:00:00Z',
  endDate: '2026-10-25T23:59:59Z',
  budgetSettings: { budget: { recurrenceType: 'DAILY', budgetValue: { amount: 10 } } },
};

export const stAdGroup: Entity = {
  adGroupId: exampleIds.adGroupId,
  campaignId: exampleIds.campaignId,
  name: 'Example adgroup',
  state: 'ENABLED',
  defaultBid: { bid: 25 },
  extendedData: { creationDate: '2026-05-01T00:00:00Z', lastUpdateDate: '2026-05-01T00:00:00Z', servingStatus: 'AD_GROUP_INCOMPLETE' },
};

export const stAd: Entity = {
  adId: exampleIds.adId,
  adGroupId: exampleIds.adGroupId,
  campaignId: exampleIds.campaignId,
  state: 'ENABLED',
  landingPageType: 'ASIN_DP',
  landingPageValue: 'B0EXAMPLE6',
};

export const stCreative: Entity = {
  creativeId: moreExampleIds.creativeId,
  adGroupId: exampleIds.adGroupId,
  assetId: moreExampleIds.assetId,
  assetVersion: 'version_v1',
  moderationStatus: 'PENDING_REVIEW',
};

/** The names one entity goes by in the answers: `campaigns` / `campaign` / `campaignId`. */
export interface Names {
  noun: string;
  entityKey: string;
  itemKey: string;
  /** The id field, named like the variable that holds it. */
  idKey: VariableName;
  /** The resource's media type: its requests send it, its answers come in it. */
  mediaType: MediaTypeKey;
}

/** The answers of one entity's requests: create, list, update (with `updated`) and delete (archived). */
export function stAnswers(names: Names, entity: Entity, updated: Entity = { state: 'PAUSED' }) {
  const written = (name: string, changes: Entity): ExampleResponse[] => [
    multiStatusWithEntities(name, names.entityKey, names.itemKey, names.idKey, [{ ...entity, ...changes }], { contentType: names.mediaType }),
  ];
  return {
    created: written(`207 Multi-Status: one ${names.noun} created`, {}),
    listed: [ok(`200 OK: one ${names.noun}`, 200, { [names.entityKey]: [entity] }, { contentType: names.mediaType })],
    updated: written(`207 Multi-Status: ${names.noun} updated`, updated),
    deleted: written(`207 Multi-Status: ${names.noun} archived`, { state: 'ARCHIVED' }),
  };
}
