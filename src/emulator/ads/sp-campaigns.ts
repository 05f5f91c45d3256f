/**
 * Sponsored Products v3 campaigns (SponsoredProducts_prod_3p.json): list, create, update, delete.
 * Mutations answer 207 with {campaigns: {success: [{index, campaignId, campaign?}], error: [{index, errors}]}}.
 */
import { sendJson } from '../http.js';
import { mediaTypes } from '../../catalog/media-types.js';
import { includeFilter, jsonObjectBody, nameMatcher, pageSizeOf, type AdsCall } from './call.js';
import { BadRequest } from './errors.js';
import { spExtendedData, type SpCampaign } from './campaign-data.js';
import { decodeNextToken, encodeNextToken, pageOf } from './paging.js';

/** Largest maxResults SP list calls accept (also the default page). */
export const spMaxResults = 1000;
const maxMutationItems = 1000;

const entityStates = ['ARCHIVED', 'ENABLED', 'ENABLING', 'OTHER', 'PAUSED', 'PROPOSED', 'USER_DELETED'] as const;
const writableStates = ['ENABLED', 'PAUSED', 'PROPOSED'] as const;
const targetingTypes = ['AUTO', 'MANUAL'] as const;
const biddingStrategies = ['LEGACY_FOR_SALES', 'AUTO_FOR_SALES', 'MANUAL', 'RULE_BASED'] as const;

type MutationError = { errorType: string; errorValue: Record<string, unknown> };

function missingValue(location: string, what: string): MutationError {
  return { errorType: 'missingValueError', errorValue: { missingValueError: { reason: 'MISSING_VALUE', message: `${what} is required`, cause: { location } } } };
}

function badEnum(location: string, what: string, allowed: readonly string[], trigger: unknown): MutationError {
  return {
    errorType: 'rangeError',
    errorValue: { rangeError: { reason: 'INVALID_ENUM_VALUE', message: `${what} must be one of ${allowed.join(', ')}`, allowed: [...allowed], cause: { location, trigger: String(trigger) } } },
  };
}

function tooLow(location: string, what: string, trigger: unknown): MutationError {
  return { errorType: 'rangeError', errorValue: { rangeError: { reason: 'TOO_LOW', message: `${what} must be a positive number`, lowerLimit: '1', cause: { location, trigger: String(trigger) } } } };
}

function notFound(location: string, campaignId: string): MutationError {
  return {
    errorType: 'entityNotFoundError',
    errorValue: { entityNotFoundError: { reason: 'ENTITY_NOT_FOUND', entityType: 'CAMPAIGN', entityId: campaignId, message: `Campaign ${campaignId} does not exist`, cause: { location } } },
  };
}

function dateError(location: string, trigger: unknown): MutationError {
  return { errorType: 'dateError', errorValue: { dateError: { reason: 'INVALID_DATE', message: 'Dates use the format YYYY-MM-DD', cause: { location, trigger: String(trigger) } } } };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the fields a create or update may set; returns errors, empty when valid. */
function fieldErrors(item: Record<string, unknown>, at: string, creating: boolean): MutationError[] {
  const errors: MutationError[] = [];
  if (creating) {
    for (const field of ['name', 'budget', 'state', 'targetingType']) {
      if (item[field] === undefined || item[field] === null || item[field] === '') errors.push(missingValue(`${at}.${field}`, field));
    }
  }
  if (item.name !== undefined && (typeof item.name !== 'string' || item.name.trim() === '')) errors.push(missingValue(`${at}.name`, 'name'));
  if (item.state !== undefined && !writableStates.includes(item.state as never)) errors.push(badEnum(`${at}.state`, 'state', writableStates, item.state));
  if (item.targetingType !== undefined) {
    if (!targetingTypes.includes(item.targetingType as never)) errors.push(badEnum(`${at}.targetingType`, 'targetingType', targetingTypes, item.targetingType));
  }
  if (item.budget !== undefined) {
    const budget = item.budget as { budget?: unknown; budgetType?: unknown } | null;
    if (typeof budget !== 'object' || budget === null) errors.push(missingValue(`${at}.budget.budget`, 'budget.budget'));
    else {
      if (typeof budget.budget !== 'number' || !(budget.budget > 0)) errors.push(tooLow(`${at}.budget.budget`, 'budget.budget', budget.budget));
      if (budget.budgetType !== 'DAILY') errors.push(badEnum(`${at}.budget.budgetType`, 'budget.budgetType', ['DAILY'], budget.budgetType));
    }
  }
  for (const field of ['startDate', 'endDate'] as const) {
    const value = item[field];
    if (value !== undefined && !(value === null && field === 'endDate') && (typeof value !== 'string' || !isoDate.test(value))) {
      errors.push(dateError(`${at}.${field}`, value));
    }
  }
  const bidding = item.dynamicBidding as { strategy?: unknown } | undefined;
  if (bidding !== undefined && bidding.strategy !== undefined && !biddingStrategies.includes(bidding.strategy as never)) {
    errors.push(badEnum(`${at}.dynamicBidding.strategy`, 'dynamicBidding.strategy', biddingStrategies, bidding.strategy));
  }
  return errors;
}

function itemsOf(body: Record<string, unknown>): Array<Record<string, unknown>> {
  const campaigns = body.campaigns;
  if (!Array.isArray(campaigns)) throw new BadRequest('campaigns is required and must be an array');
  if (campaigns.length > maxMutationItems) throw new BadRequest(`campaigns takes at most ${maxMutationItems} items`);
  return campaigns.map((item) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : {}));
}

function wantsRepresentation(call: AdsCall): boolean {
  const prefer = call.request.headers.prefer;
  return (Array.isArray(prefer) ? prefer.join(',') : prefer ?? '').split(',').some((p) => p.trim() === 'return=representation');
}

function sendMultiStatus(call: AdsCall, success: unknown[], error: unknown[], representation: boolean): void {
  const headers: Record<string, string> = representation ? { 'Preference-Applied': 'return=representation' } : {};
  sendJson(call.response, 207, { campaigns: { success, error } }, mediaTypes.spCampaign, headers);
}

function today(call: AdsCall): string {
  return new Date(call.context.options.now()).toISOString().slice(0, 10);
}

export function listSpCampaigns(call: AdsCall): void {
  const body = jsonObjectBody(call.body);
  const book = call.context.account.campaignsOf(call.profile).sp;
  const max = pageSizeOf(body.maxResults, 'maxResults', spMaxResults, call.context.options.pageSize ?? spMaxResults);
  const offset = body.nextToken === undefined || body.nextToken === null ? 0 : decodeNextToken(body.nextToken, 'sp', call.profile.profileId);
  const states = includeFilter(body.stateFilter, 'stateFilter', 10, entityStates);
  const ids = includeFilter(body.campaignIdFilter, 'campaignIdFilter', 1000);
  const portfolios = includeFilter(body.portfolioIdFilter, 'portfolioIdFilter', 100);
  const name = nameMatcher(body.nameFilter, 'nameFilter');
  const filters: Array<(c: SpCampaign) => boolean> = [];
  if (states && states.length > 0) filters.push((c) => states.includes(c.state));
  if (ids && ids.length > 0) {
    const wanted = new Set(ids);
    filters.push((c) => wanted.has(c.campaignId));
  }
  if (portfolios && portfolios.length > 0) filters.push((c) => c.portfolioId !== undefined && portfolios.includes(c.portfolioId));
  if (name) filters.push((c) => name(c.name));
  const page = pageOf(book, offset, max, filters.length ? (c) => filters.every((f) => f(c)) : undefined);
  const extended = body.includeExtendedDataFields === true;
  const campaigns = page.items.map((campaign) => {
    const { extendedData, ...plain } = campaign;
    return extended ? { ...plain, extendedData: extendedData ?? spExtendedData(campaign) } : plain;
  });
  const result: Record<string, unknown> = { campaigns, totalResults: page.total };
  if (page.nextOffset !== undefined) {
    const repeat = call.context.options.repeatNextToken && typeof body.nextToken === 'string';
    result.nextToken = repeat ? body.nextToken : encodeNextToken('sp', call.profile.profileId, page.nextOffset);
  }
  sendJson(call.response, 200, result, mediaTypes.spCampaign);
}

export function createSpCampaigns(call: AdsCall): void {
  const items = itemsOf(jsonObjectBody(call.body));
  const book = call.context.account.campaignsOf(call.profile).sp;
  const representation = wantsRepresentation(call);
  const success: unknown[] = [];
  const error: unknown[] = [];
  items.forEach((item, index) => {
    const errors = fieldErrors(item, `$.campaigns[${index}]`, true);
    if (errors.length) return void error.push({ index, errors });
    const stamp = new Date(call.context.options.now()).toISOString();
    const campaign = book.add((campaignId) => {
      const budget = item.budget as { budget: number };
      const bidding = item.dynamicBidding as Partial<NonNullable<SpCampaign['dynamicBidding']>> | undefined;
      const created: SpCampaign = {
        campaignId,
        name: item.name as string,
        state: item.state as string,
        targetingType: item.targetingType as SpCampaign['targetingType'],
        budget: { budget: budget.budget, budgetType: 'DAILY' },
        startDate: (item.startDate as string | undefined) ?? today(call),
        dynamicBidding: { strategy: bidding?.strategy ?? 'LEGACY_FOR_SALES', placementBidding: bidding?.placementBidding ?? [] },
      };
      if (typeof item.endDate === 'string') created.endDate = item.endDate;
      if (typeof item.portfolioId === 'string') created.portfolioId = item.portfolioId;
      if (item.tags && typeof item.tags === 'object') created.tags = item.tags as Record<string, string>;
      created.extendedData = { creationDateTime: stamp, lastUpdateDateTime: stamp, servingStatus: spExtendedData({ ...created, extendedData: undefined }).servingStatus };
      return created;
    });
    success.push(representation ? { index, campaignId: campaign.campaignId, campaign: withoutExtended(campaign) } : { index, campaignId: campaign.campaignId });
  });
  sendMultiStatus(call, success, error, representation);
}

function withoutExtended(campaign: SpCampaign): Omit<SpCampaign, 'extendedData'> {
  const { extendedData: _ignored, ...plain } = campaign;
  return plain;
}

export function updateSpCampaigns(call: AdsCall): void {
  const items = itemsOf(jsonObjectBody(call.body));
  const book = call.context.account.campaignsOf(call.profile).sp;
  const representation = wantsRepresentation(call);
  const success: unknown[] = [];
  const error: unknown[] = [];
  items.forEach((item, index) => {
    const at = `$.campaigns[${index}]`;
    const campaignId = item.campaignId;
    if (typeof campaignId !== 'string' || campaignId === '') return void error.push({ index, errors: [missingValue(`${at}.campaignId`, 'campaignId')] });
    const position = book.indexOf(campaignId);
    if (position < 0) return void error.push({ index, errors: [notFound(`${at}.campaignId`, campaignId)] });
    const current = book.at(position);
    const errors = fieldErrors(item, at, false);
    if (item.targetingType !== undefined && item.targetingType !== current.targetingType) {
      errors.push({ errorType: 'otherError', errorValue: { otherError: { reason: 'OTHER_ERROR', message: 'targetingType cannot be updated', cause: { location: `${at}.targetingType` } } } });
    }
    if (current.state === 'ARCHIVED') {
      errors.push({ errorType: 'entityStateError', errorValue: { entityStateError: { reason: 'ARCHIVED_ENTITY_CANNOT_BE_MODIFIED', entityType: 'CAMPAIGN', message: 'An archived campaign cannot be changed', cause: { location: `${at}.campaignId` } } } });
    }
    if (errors.length) return void error.push({ index, errors });
    const updated: SpCampaign = { ...current };
    if (typeof item.name === 'string') updated.name = item.name;
    if (typeof item.state === 'string') updated.state = item.state;
    if (item.budget) updated.budget = { budget: (item.budget as { budget: number }).budget, budgetType: 'DAILY' };
    if (typeof item.startDate === 'string') updated.startDate = item.startDate;
    if (item.endDate !== undefined) updated.endDate = item.endDate as string | null;
    if (item.portfolioId !== undefined) {
      if (typeof item.portfolioId === 'string') updated.portfolioId = item.portfolioId;
      else delete updated.portfolioId;
    }
    if (item.dynamicBidding && typeof item.dynamicBidding === 'object') {
      const bidding = item.dynamicBidding as { strategy?: string; placementBidding?: Array<{ placement: string; percentage: number }> };
      updated.dynamicBidding = {
        strategy: bidding.strategy ?? current.dynamicBidding?.strategy ?? 'LEGACY_FOR_SALES',
        placementBidding: bidding.placementBidding ?? current.dynamicBidding?.placementBidding ?? [],
      };
    }
    if (item.tags && typeof item.tags === 'object') updated.tags = item.tags as Record<string, string>;
    const extended = spExtendedData({ ...updated, extendedData: undefined });
    updated.extendedData = { ...spExtendedData(current), lastUpdateDateTime: new Date(call.context.options.now()).toISOString(), servingStatus: extended.servingStatus };
    book.replace(position, updated);
    success.push(representation ? { index, campaignId, campaign: withoutExtended(updated) } : { index, campaignId });
  });
  sendMultiStatus(call, success, error, representation);
}

export function deleteSpCampaigns(call: AdsCall): void {
  const body = jsonObjectBody(call.body);
  const ids = includeFilter(body.campaignIdFilter, 'campaignIdFilter', 1000);
  if (!ids) throw new BadRequest('campaignIdFilter is required');
  const book = call.context.account.campaignsOf(call.profile).sp;
  const success: unknown[] = [];
  const error: unknown[] = [];
  ids.forEach((campaignId, index) => {
    const position = book.indexOf(campaignId);
    if (position < 0) return void error.push({ index, errors: [notFound(`$.campaignIdFilter.include[${index}]`, campaignId)] });
    const current = book.at(position);
    const archived: SpCampaign = { ...current, state: 'ARCHIVED' };
    archived.extendedData = { ...spExtendedData(current), lastUpdateDateTime: new Date(call.context.options.now()).toISOString(), servingStatus: 'CAMPAIGN_ARCHIVED' };
    book.replace(position, archived);
    success.push({ index, campaignId });
  });
  sendMultiStatus(call, success, error, false);
}
