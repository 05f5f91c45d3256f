/**
 * Example data of the Sponsored Brands requests: the example store their ads point to, and the
 * entities their saved answers show (one campaign, ad group, ad, keyword, target and theme, with the
 * shared ids of src/catalog/examples.ts), so every answer describes the same brand.
 */
import { exampleIds, itemResults, moreExampleIds, ok, plainJson as json } from '../examples.js';
import type { ExampleResponse, Json } from '../types.js';
import type { MediaTypeKey } from '../media-types.js';

/** The example Amazon Store page that store landing pages and store spotlight subpages point to. */
export const exampleStorePageUrl = 'https://www.amazon.com/stores/page/EXAMPLE-STORE-PAGE';

/** A store spotlight shows three pages of the brand's store, each with one product. */
export const storeSpotlightSubpages = ['B0EXAMPLE4', 'B0EXAMPLE5', 'B0EXAMPLE6'].map((asin) => ({
  pageTitle: 'Bottles',
  asin,
  url: exampleStorePageUrl,
}));

type Entity = { [key: string]: Json };

/** Version 4 entities carry their dates (epoch milliseconds) and serving status in `extendedData`. */
export function extendedData(servingStatus: string): Entity {
  return { creationDate: 1777593600000, lastUpdateDate: 1777593600000, servingStatus };
}

/** The version 4 campaign every Sponsored Brands answer shows; `changes` as an update or delete leaves it. */
export function sbCampaign(changes: Entity = {}): Entity {
  return {
    campaignId: exampleIds.campaignId,
    name: 'Example campaign',
    state: 'ENABLED',
    brandEntityId: moreExampleIds.brandEntityId,
    budget: 10,
    budgetType: 'DAILY',
    startDate: '2026-05-21',
    productLocation: 'SOLD_ON_AMAZON',
    isMultiAdGroupsEnabled: true,
    costType: 'CPC',
    goal: 'PAGE_VISIT',
    bidding: { bidOptimization: true, bidOptimizationStrategy: 'MAXIMIZE_IMMEDIATE_SALES' },
    ...changes,
  };
}

/** The version 4 ad group of that campaign. */
export function sbAdGroup(changes: Entity = {}): Entity {
  return {
    adGroupId: exampleIds.adGroupId,
    campaignId: exampleIds.campaignId,
    name: 'Example ad group',
    state: 'ENABLED',
    extendedData: extendedData('CAMPAIGN_INCOMPLETE'),
    ...changes,
  };
}

/** A version 4 ad of that ad group with the given creative and landing page. */
export function sbAd(creative: Entity, landingPage: Entity, changes: Entity = {}): Entity {
  return {
    adId: exampleIds.adId,
    adGroupId: exampleIds.adGroupId,
    campaignId: exampleIds.campaignId,
    name: 'Example ad',
    state: 'ENABLED',
    creative,
    landingPage,
    extendedData: extendedData('AD_POLICING_PENDING_REVIEW'),
    ...changes,
  };
}

/** A video ad leads to the detail page of its product. */
export const videoLandingPage: Entity = { pageType: 'DETAIL_PAGE', url: 'https://www.amazon.com/dp/B0EXAMPLE4' };

/** The video ad the list, update and delete answers show. */
export function sbVideoAd(changes: Entity = {}): Entity {
  return sbAd({ type: 'VIDEO', asins: ['B0EXAMPLE4'], videoAssetIds: [moreExampleIds.assetId] }, videoLandingPage, changes);
}

/** Version 3 keyword and target answers use numeric ids. */
export const numericIds = {
  campaignId: Number(exampleIds.campaignId),
  adGroupId: Number(exampleIds.adGroupId),
  keywordId: Number(exampleIds.keywordId),
  negativeKeywordId: Number(moreExampleIds.negativeKeywordId),
  targetId: Number(exampleIds.targetId),
  negativeTargetId: Number(moreExampleIds.negativeTargetId),
};

/** A version 3 product target (or negative target, `bid` omitted) as Get answers it, expressions resolved. */
export function sbTarget(targetId: number, expression: { type: string; value: string; resolved: string }, bid?: number): Entity & { targetId: number } {
  return {
    targetId,
    adGroupId: numericIds.adGroupId,
    campaignId: numericIds.campaignId,
    state: 'enabled',
    ...(bid === undefined ? {} : { bid }),
    expressions: [{ type: expression.type, value: expression.value }],
    resolvedExpressions: [{ type: expression.type, value: expression.resolved }],
  };
}

/** Saved answers of one version 3 keyword family (keywords or negative keywords), by request. */
export interface EntityAnswers {
  created: ExampleResponse[];
  updated: ExampleResponse[];
  read: ExampleResponse[];
  deleted: ExampleResponse[];
}

/** The media type each answer of a version 3 entity comes in (Amazon's spec names one per answer). */
export type AnswerTypes = Record<keyof EntityAnswers, MediaTypeKey>;

/**
 * Answers of the version 3 keyword requests for `keyword` (a keyword or a negative keyword): create and
 * update answer one result per item (207), get the keyword, delete its id.
 */
export function sbKeywordAnswers(noun: string, keyword: Entity & { keywordId: number }, types: AnswerTypes): EntityAnswers {
  const id = keyword.keywordId;
  return {
    created: [itemResults(`207 Multi-Status: one ${noun} created`, 207, 'keywordId', [id], { contentType: types.created })],
    updated: [itemResults(`207 Multi-Status: one ${noun} updated`, 207, 'keywordId', [id], { contentType: types.updated })],
    read: [ok(`200 OK: the ${noun}`, 200, keyword, { contentType: types.read })],
    deleted: [ok(`200 OK: ${noun} archived`, 200, { code: 'SUCCESS', keywordId: id }, { contentType: types.deleted })],
  };
}

/**
 * Answers of the version 3 product target requests for `target` (a target or a negative target): create
 * and update list successes and errors by request index, get the target, delete its id.
 */
export function sbTargetAnswers(noun: string, target: Entity & { targetId: number }, types: AnswerTypes): EntityAnswers {
  const id = target.targetId;
  const result = { targetRequestIndex: 0, targetId: id };
  return {
    created: [ok(`200 OK: one ${noun} created`, 200, { createTargetSuccessResults: [result], createTargetErrorResults: [] }, { contentType: types.created })],
    updated: [ok(`200 OK: one ${noun} updated`, 200, { updateTargetSuccessResults: [result], updateTargetErrorResults: [] }, { contentType: types.updated })],
    read: [ok(`200 OK: the ${noun}`, 200, target, { contentType: types.read })],
    deleted: [ok(`200 OK: ${noun} archived`, 200, { code: 'SUCCESS', targetId: id }, { contentType: types.deleted })],
  };
}
