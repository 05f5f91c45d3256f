/**
 * Saved example responses of the Sponsored Products v3 entity families (campaigns, ad groups, ads,
 * targets, keywords and their negatives). Every family answers the same way: a list page (entities
 * plus `nextToken`), and a 207 multi-status per index for create, update and delete, with the entity
 * itself when the request asks for it (Prefer: return=representation). One sample entity per family,
 * all tied together by `exampleIds`; the bodies validate against Amazon's OpenAPI spec
 * (test/catalog/example-bodies-openapi.test.ts).
 */
import { exampleIds as ids, exampleNextToken, ok } from '../examples.js';
import type { ExampleResponse, Json } from '../types.js';

interface Family {
  /** Plural noun for example names, e.g. "campaigns". */
  noun: string;
  /** Key of the list in list answers and in multi-status answers, e.g. `campaigns`. */
  listKey: string;
  /** Id key of a multi-status success entry, e.g. `campaignId`. */
  idKey: string;
  /** Key of the entity in a multi-status success entry, e.g. `campaign`. */
  entityKey: string;
  id: string;
  /** The sample entity as the API answers it. */
  entity: { [key: string]: Json };
}

export interface FamilyExamples {
  list: ExampleResponse[];
  /** With the created / updated entity (the request sends Prefer: return=representation). */
  createWithEntity: ExampleResponse[];
  create: ExampleResponse[];
  updateWithEntity: ExampleResponse[];
  update: ExampleResponse[];
  delete: ExampleResponse[];
}

function multiStatusOf(family: Family, verb: string, entity?: { [key: string]: Json }): ExampleResponse {
  const success = { index: 0, [family.idKey]: family.id, ...(entity ? { [family.entityKey]: entity } : {}) };
  const what = entity ? `the ${verb} entity by index` : `the id by index`;
  return ok(`207 Multi-Status: ${family.noun} ${verb}, ${what}`, 207, { [family.listKey]: { success: [success], error: [] } });
}

function familyExamples(family: Family): FamilyExamples {
  const archived = { ...family.entity, state: 'ARCHIVED' };
  return {
    list: [ok(`200 OK: a page of ${family.noun} and the nextToken of the next page`, 200, { [family.listKey]: [family.entity], nextToken: exampleNextToken, totalResults: 2 })],
    createWithEntity: [multiStatusOf(family, 'created', family.entity)],
    create: [multiStatusOf(family, 'created')],
    updateWithEntity: [multiStatusOf(family, 'updated', { ...family.entity, state: 'PAUSED' })],
    update: [multiStatusOf(family, 'updated')],
    delete: [multiStatusOf(family, 'archived', archived)],
  };
}

export const spCampaign = {
  campaignId: ids.campaignId,
  portfolioId: ids.portfolioId,
  name: 'Spring sale - manual targeting',
  targetingType: 'MANUAL',
  state: 'ENABLED',
  startDate: '2030-03-01',
  endDate: '2030-03-31',
  budget: { budgetType: 'DAILY', budget: 25.5 },
  dynamicBidding: { strategy: 'AUTO_FOR_SALES', placementBidding: [{ placement: 'PLACEMENT_TOP', percentage: 40 }] },
};

const spAdGroup = { adGroupId: ids.adGroupId, campaignId: ids.campaignId, name: 'Example ad group', defaultBid: 1, state: 'ENABLED' };
const idsOfAdGroup = { campaignId: ids.campaignId, adGroupId: ids.adGroupId };

export const spExamples = {
  campaigns: familyExamples({ noun: 'campaigns', listKey: 'campaigns', idKey: 'campaignId', entityKey: 'campaign', id: ids.campaignId, entity: spCampaign }),
  adGroups: familyExamples({ noun: 'ad groups', listKey: 'adGroups', idKey: 'adGroupId', entityKey: 'adGroup', id: ids.adGroupId, entity: spAdGroup }),
  productAds: familyExamples({
    noun: 'product ads',
    listKey: 'productAds',
    idKey: 'adId',
    entityKey: 'productAd',
    id: ids.adId,
    entity: { adId: ids.adId, ...idsOfAdGroup, asin: ids.asin, sku: ids.sku, state: 'ENABLED' },
  }),
  targets: familyExamples({
    noun: 'targets',
    listKey: 'targetingClauses',
    idKey: 'targetId',
    entityKey: 'targetingClause',
    id: ids.targetId,
    entity: {
      targetId: ids.targetId,
      ...idsOfAdGroup,
      expressionType: 'MANUAL',
      expression: [{ type: 'ASIN_SAME_AS', value: 'B0EXAMPLE02' }],
      resolvedExpression: [{ type: 'ASIN_SAME_AS', value: 'B0EXAMPLE02' }],
      bid: 1.5,
      state: 'ENABLED',
    },
  }),
  keywords: familyExamples({
    noun: 'keywords',
    listKey: 'keywords',
    idKey: 'keywordId',
    entityKey: 'keyword',
    id: ids.keywordId,
    entity: { keywordId: ids.keywordId, ...idsOfAdGroup, keywordText: 'insulated water bottle', matchType: 'EXACT', bid: 0.75, state: 'ENABLED' },
  }),
  negativeKeywords: familyExamples({
    noun: 'negative keywords',
    listKey: 'negativeKeywords',
    idKey: 'negativeKeywordId',
    entityKey: 'negativeKeyword',
    id: ids.keywordId,
    entity: { keywordId: ids.keywordId, ...idsOfAdGroup, keywordText: 'free sample', matchType: 'NEGATIVE_EXACT', state: 'ENABLED' },
  }),
  campaignNegativeKeywords: familyExamples({
    noun: 'campaign negative keywords',
    listKey: 'campaignNegativeKeywords',
    idKey: 'campaignNegativeKeywordId',
    entityKey: 'campaignNegativeKeyword',
    id: ids.keywordId,
    entity: { keywordId: ids.keywordId, campaignId: ids.campaignId, keywordText: 'free sample', matchType: 'NEGATIVE_PHRASE', state: 'ENABLED' },
  }),
  negativeTargets: familyExamples({
    noun: 'negative targets',
    listKey: 'negativeTargetingClauses',
    idKey: 'targetId',
    entityKey: 'negativeTargetingClause',
    id: ids.targetId,
    entity: {
      targetId: ids.targetId,
      ...idsOfAdGroup,
      expression: [{ type: 'ASIN_BRAND_SAME_AS', value: 'EXAMPLE-BRAND-ID' }],
      resolvedExpression: [{ type: 'ASIN_BRAND_SAME_AS', value: 'Example Brand' }],
      state: 'ENABLED',
    },
  }),
  campaignNegativeTargets: familyExamples({
    noun: 'campaign negative targets',
    listKey: 'campaignNegativeTargetingClauses',
    idKey: 'campaignNegativeTargetingClauseId',
    entityKey: 'campaignNegativeTargetingClauses',
    id: ids.targetId,
    entity: {
      targetId: ids.targetId,
      campaignId: ids.campaignId,
      expression: [{ type: 'ASIN_SAME_AS', value: 'B0EXAMPLE03' }],
      resolvedExpression: [{ type: 'ASIN_SAME_AS', value: 'B0EXAMPLE03' }],
      state: 'ENABLED',
    },
  }),
};
