/**
 * Unified API campaigns (/adsApi/v1/{query|create|update|delete}/campaigns): one list over the SP, SB
 * and SD campaign books of the profiles in scope (the Scope header's profile, else every profile of
 * the account), in the unified shape with `adProduct`. Writes go to the same books, so the
 * per-product routes see them, and answer 207 with `success` / `error` entries by index.
 */
import { sendJson } from '../http.js';
import { hash32 } from '../seeded.js';
import { includeFilter, jsonObjectBody, pageSizeOf, type AccountScope, type AdsCall } from './call.js';
import { BadRequest } from './errors.js';
import { decodeNextToken, encodeNextToken, pageOf, type Positional } from './paging.js';
import type { CampaignBook } from './campaign-book.js';
import type { SbCampaign, SdCampaign, SpCampaign } from './campaign-data.js';
import type { Profile } from './profiles-data.js';
import { unifiedMarketplace } from './advertiser-accounts-data.js';

export const unifiedMaxResults = 1000;
const maxMutationItems = 1000;

const adProducts = ['SPONSORED_PRODUCTS', 'SPONSORED_BRANDS', 'SPONSORED_DISPLAY', 'SPONSORED_TELEVISION', 'AMAZON_DSP'] as const;
type AdProduct = (typeof adProducts)[number];
const servedProducts = ['SPONSORED_PRODUCTS', 'SPONSORED_BRANDS', 'SPONSORED_DISPLAY'] as const;
type ServedProduct = (typeof servedProducts)[number];
const states = ['ENABLED', 'PAUSED', 'ARCHIVED'] as const;
type State = (typeof states)[number];

type AnyCampaign = SpCampaign | SbCampaign | SdCampaign;

/** One campaign of one profile and ad product, where it lives. */
interface Located {
  product: ServedProduct;
  profile: Profile;
  book: CampaignBook<AnyCampaign>;
  index: number;
}

function booksOf(call: AdsCall, profile: Profile): Record<ServedProduct, CampaignBook<AnyCampaign>> {
  const books = call.context.account.campaignsOf(profile);
  return {
    SPONSORED_PRODUCTS: books.sp as CampaignBook<AnyCampaign>,
    SPONSORED_BRANDS: books.sb as CampaignBook<AnyCampaign>,
    SPONSORED_DISPLAY: books.sd as CampaignBook<AnyCampaign>,
  };
}

function scopeOf(call: AdsCall): AccountScope {
  if (!call.accountScope) throw new Error('unified campaign route without an account scope');
  return call.accountScope;
}

function stateOf(campaign: AnyCampaign): State {
  return String(campaign.state).toUpperCase() as State;
}

function isoDateTime(date: string | undefined | null): string | undefined {
  if (!date) return undefined;
  const plain = /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : date;
  return `${plain}T00:00:00Z`;
}

function budgetOf(product: ServedProduct, campaign: AnyCampaign): number {
  return product === 'SPONSORED_PRODUCTS' ? (campaign as SpCampaign).budget.budget : (campaign as SbCampaign | SdCampaign).budget;
}

/** The Unified API's bid strategy for an SP v3 dynamic bidding strategy (its enum has no LEGACY_FOR_SALES). */
const unifiedBidStrategies: Record<string, string> = {
  LEGACY_FOR_SALES: 'SALES_DOWN_ONLY',
  AUTO_FOR_SALES: 'SALES_UP_AND_DOWN',
  MANUAL: 'MANUAL',
  RULE_BASED: 'RULE_BASED',
};

function bidStrategyOf(product: ServedProduct, campaign: AnyCampaign): string | undefined {
  if (product === 'SPONSORED_PRODUCTS') return unifiedBidStrategies[(campaign as SpCampaign).dynamicBidding?.strategy ?? 'LEGACY_FOR_SALES'];
  if (product === 'SPONSORED_BRANDS') return (campaign as SbCampaign).bidding.bidOptimization ? undefined : 'MANUAL';
  return 'MANUAL';
}

/** A campaign in the Unified API's shape (the required creationDateTime / lastUpdatedDateTime included). */
export function unifiedCampaign(product: ServedProduct, campaign: AnyCampaign, profile: Profile): Record<string, unknown> {
  const end = isoDateTime(campaign.endDate);
  const start = isoDateTime(campaign.startDate);
  const created = start === undefined ? '2023-01-01T08:00:00Z' : start.replace('T00:00:00Z', 'T08:00:00Z');
  const bidStrategy = bidStrategyOf(product, campaign);
  const marketplace = unifiedMarketplace(profile.countryCode);
  return {
    campaignId: String(campaign.campaignId),
    adProduct: product,
    name: campaign.name,
    state: stateOf(campaign),
    marketplaceScope: 'SINGLE_MARKETPLACE',
    marketplaces: [marketplace],
    countries: [marketplace],
    budgets: [
      {
        budgetType: 'MONETARY',
        recurrenceTimePeriod: 'DAILY',
        budgetValue: { monetaryBudgetValue: { monetaryBudget: { value: budgetOf(product, campaign), currencyCode: profile.currencyCode } } },
      },
    ],
    ...(bidStrategy ? { optimizations: { bidSettings: { bidStrategy } } } : {}),
    ...(start ? { startDateTime: start } : {}),
    ...(end ? { endDateTime: end } : {}),
    creationDateTime: created,
    lastUpdatedDateTime: created,
  };
}

/** Several books read as one list, in order. */
function concatenated(parts: Array<{ product: ServedProduct; profile: Profile; book: CampaignBook<AnyCampaign> }>): Positional<Record<string, unknown>> {
  const size = parts.reduce((sum, part) => sum + part.book.size, 0);
  return {
    size,
    at(index: number) {
      let rest = index;
      for (const part of parts) {
        if (rest < part.book.size) return unifiedCampaign(part.product, part.book.at(rest), part.profile);
        rest -= part.book.size;
      }
      throw new RangeError(`campaign ${index} is past the end`);
    },
  };
}

function tokenKey(scope: AccountScope, products: readonly string[]): number {
  return hash32(`${scope.account.advertiserAccountId}|${scope.profiles.map((p) => p.profileId).join(',')}|${products.join(',')}`);
}

export function queryUnifiedCampaigns(call: AdsCall): void {
  const body = jsonObjectBody(call.body);
  const scope = scopeOf(call);
  const wanted = includeFilter(body.adProductFilter, 'adProductFilter', 1, adProducts); // the spec: one ad product per query
  const products = servedProducts.filter((product) => !wanted || wanted.length === 0 || wanted.includes(product));
  const stateInclude = includeFilter(body.stateFilter, 'stateFilter', states.length, states);
  const ids = includeFilter(body.campaignIdFilter, 'campaignIdFilter', 1000);
  const max = pageSizeOf(body.maxResults, 'maxResults', unifiedMaxResults, call.context.options.pageSize ?? unifiedMaxResults);
  const key = tokenKey(scope, products);
  const offset = body.nextToken === undefined || body.nextToken === null ? 0 : decodeNextToken(body.nextToken, 'unified', key);

  const parts = scope.profiles.flatMap((profile) => {
    const books = booksOf(call, profile);
    return products.map((product) => ({ product, profile, book: books[product] }));
  });
  const filters: Array<(c: Record<string, unknown>) => boolean> = [];
  if (stateInclude && stateInclude.length > 0) filters.push((c) => stateInclude.includes(c.state as string));
  if (ids && ids.length > 0) {
    const set = new Set(ids);
    filters.push((c) => set.has(c.campaignId as string));
  }
  const page = pageOf(concatenated(parts), offset, max, filters.length ? (c) => filters.every((f) => f(c)) : undefined);
  const result: Record<string, unknown> = { campaigns: page.items };
  if (page.nextOffset !== undefined) {
    const repeat = call.context.options.repeatNextToken && typeof body.nextToken === 'string';
    result.nextToken = repeat ? body.nextToken : encodeNextToken('unified', key, page.nextOffset);
  }
  sendJson(call.response, 200, result);
}

/** `campaigns` (create / update) or `campaignIds` (delete): a list of at most 1000 items. */
function listOf(body: Record<string, unknown>, key: string): unknown[] {
  const items = body[key];
  if (!Array.isArray(items)) throw new BadRequest(`${key} is required and must be an array`);
  if (items.length > maxMutationItems) throw new BadRequest(`${key} takes at most ${maxMutationItems} items`);
  return items;
}

function sendMultiStatus(call: AdsCall, success: unknown[], error: unknown[]): void {
  sendJson(call.response, 207, { success, error });
}

function itemError(index: number, code: string, message: string, field?: string) {
  return { index, errors: [{ code, message, ...(field ? { fieldLocation: field } : {}) }] };
}

function budgetValue(item: Record<string, unknown>): number | undefined {
  const budgets = item.budgets as Array<{ budgetValue?: { monetaryBudgetValue?: { monetaryBudget?: { value?: unknown } } } }> | undefined;
  const value = Array.isArray(budgets) ? budgets[0]?.budgetValue?.monetaryBudgetValue?.monetaryBudget?.value : undefined;
  return typeof value === 'number' ? value : undefined;
}

function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function locate(call: AdsCall, scope: AccountScope, campaignId: string): Located | undefined {
  for (const profile of scope.profiles) {
    const books = booksOf(call, profile);
    for (const product of servedProducts) {
      const index = books[product].indexOf(campaignId);
      if (index >= 0) return { product, profile, book: books[product], index };
    }
  }
  return undefined;
}

/** A new campaign of one ad product, in that product's own shape. */
function newCampaign(call: AdsCall, product: ServedProduct, profile: Profile, id: string, fields: { name: string; state: State; budget: number; start: string; end?: string }): AnyCampaign {
  const { name, state, budget, start, end } = fields;
  if (product === 'SPONSORED_PRODUCTS') {
    const campaign: SpCampaign = { campaignId: id, name, state, targetingType: 'AUTO', budget: { budget, budgetType: 'DAILY' }, startDate: start, dynamicBidding: { strategy: 'LEGACY_FOR_SALES', placementBidding: [] } };
    if (end) campaign.endDate = end;
    return campaign;
  }
  if (product === 'SPONSORED_BRANDS') {
    const campaign: SbCampaign = {
      campaignId: id,
      name,
      state,
      budget,
      budgetType: 'DAILY',
      startDate: start,
      brandEntityId: call.context.account.brandEntityIdOf(profile),
      bidding: { bidOptimization: true, bidOptimizationStrategy: 'MAXIMIZE_IMMEDIATE_SALES' },
      isMultiAdGroupsEnabled: true,
      costType: 'CPC',
      goal: 'PAGE_VISIT',
      tags: {},
    };
    if (end) campaign.endDate = end;
    return campaign;
  }
  const campaign: SdCampaign = {
    campaignId: Number(id),
    name,
    tactic: 'T00020',
    startDate: start.replace(/-/g, ''),
    state: state.toLowerCase() as SdCampaign['state'],
    costType: 'cpc',
    budget,
    budgetType: 'daily',
    deliveryProfile: 'as_soon_as_possible',
  };
  if (end) campaign.endDate = end.replace(/-/g, '');
  return campaign;
}

/** The campaign with changed name / state / budget / end date, kept in its product's shape. */
function changed(product: ServedProduct, campaign: AnyCampaign, change: { name?: string; state?: State; budget?: number; end?: string }): AnyCampaign {
  const next = { ...campaign } as AnyCampaign;
  if (change.name !== undefined) next.name = change.name;
  if (change.state !== undefined) (next as { state: string }).state = product === 'SPONSORED_DISPLAY' ? change.state.toLowerCase() : change.state;
  if (change.budget !== undefined) {
    if (product === 'SPONSORED_PRODUCTS') (next as SpCampaign).budget = { budget: change.budget, budgetType: 'DAILY' };
    else (next as SbCampaign | SdCampaign).budget = change.budget;
  }
  if (change.end !== undefined) next.endDate = product === 'SPONSORED_DISPLAY' ? change.end.replace(/-/g, '') : change.end;
  if (product === 'SPONSORED_PRODUCTS') delete (next as SpCampaign).extendedData;
  return next;
}

export function createUnifiedCampaigns(call: AdsCall): void {
  const scope = scopeOf(call);
  const items = listOf(jsonObjectBody(call.body), 'campaigns');
  const success: unknown[] = [];
  const error: unknown[] = [];
  items.forEach((raw, index) => {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const at = `$.campaigns[${index}]`;
    const product = item.adProduct as AdProduct;
    if (!servedProducts.includes(product as ServedProduct)) {
      return void error.push(itemError(index, 'FIELD_VALUE_IS_INVALID', `adProduct must be one of ${servedProducts.join(', ')}`, `${at}.adProduct`));
    }
    if (typeof item.name !== 'string' || item.name.trim() === '') return void error.push(itemError(index, 'FIELD_VALUE_IS_INVALID', 'name is required', `${at}.name`));
    const state = item.state as State;
    if (state !== 'ENABLED' && state !== 'PAUSED') return void error.push(itemError(index, 'FIELD_VALUE_IS_INVALID', 'state must be ENABLED or PAUSED', `${at}.state`));
    const budget = budgetValue(item);
    if (budget === undefined || budget <= 0) {
      return void error.push(itemError(index, 'FIELD_VALUE_IS_INVALID', 'budgets[0] needs a positive monetaryBudget value', `${at}.budgets`));
    }
    const marketplaces = Array.isArray(item.marketplaces) ? (item.marketplaces as unknown[]) : [];
    const profile = marketplaces.length ? scope.profiles.find((p) => unifiedMarketplace(p.countryCode) === marketplaces[0] || p.countryCode === marketplaces[0]) : scope.profiles[0];
    if (!profile) {
      return void error.push(itemError(index, 'FIELD_VALUE_IS_INVALID', `marketplace ${String(marketplaces[0])} is not one of this account's`, `${at}.marketplaces`));
    }
    const start = dateOf(item.startDateTime) ?? new Date(call.context.options.now()).toISOString().slice(0, 10);
    const fields = { name: item.name, state, budget, start, end: dateOf(item.endDateTime) };
    const book = booksOf(call, profile)[product as ServedProduct];
    const campaign = book.add((id) => newCampaign(call, product as ServedProduct, profile, id, fields));
    success.push({ index, campaign: unifiedCampaign(product as ServedProduct, campaign, profile) });
  });
  sendMultiStatus(call, success, error);
}

export function updateUnifiedCampaigns(call: AdsCall): void {
  const scope = scopeOf(call);
  const items = listOf(jsonObjectBody(call.body), 'campaigns');
  const success: unknown[] = [];
  const error: unknown[] = [];
  items.forEach((raw, index) => {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const at = `$.campaigns[${index}]`;
    if (typeof item.campaignId !== 'string' || item.campaignId === '') {
      return void error.push(itemError(index, 'FIELD_VALUE_IS_INVALID', 'campaignId is required', `${at}.campaignId`));
    }
    const found = locate(call, scope, item.campaignId);
    if (!found) return void error.push(itemError(index, 'RESOURCE_ID_NOT_FOUND', `Campaign ${item.campaignId} was not found in this account`, `${at}.campaignId`));
    const current = found.book.at(found.index);
    if (stateOf(current) === 'ARCHIVED') return void error.push(itemError(index, 'ACTION_NOT_SUPPORTED', 'An archived campaign cannot be changed', `${at}.campaignId`));
    if (item.state !== undefined && item.state !== 'ENABLED' && item.state !== 'PAUSED') {
      return void error.push(itemError(index, 'FIELD_VALUE_IS_INVALID', 'state must be ENABLED or PAUSED', `${at}.state`));
    }
    const budget = item.budgets === undefined ? undefined : budgetValue(item);
    if (item.budgets !== undefined && (budget === undefined || budget <= 0)) {
      return void error.push(itemError(index, 'FIELD_VALUE_IS_INVALID', 'budgets[0] needs a positive monetaryBudget value', `${at}.budgets`));
    }
    const next = changed(found.product, current, {
      name: typeof item.name === 'string' ? item.name : undefined,
      state: item.state as State | undefined,
      budget,
      end: dateOf(item.endDateTime),
    });
    found.book.replace(found.index, next);
    success.push({ index, campaign: unifiedCampaign(found.product, next, found.profile) });
  });
  sendMultiStatus(call, success, error);
}

export function deleteUnifiedCampaigns(call: AdsCall): void {
  const scope = scopeOf(call);
  const ids = listOf(jsonObjectBody(call.body), 'campaignIds');
  const success: unknown[] = [];
  const error: unknown[] = [];
  ids.forEach((campaignId, index) => {
    const found = typeof campaignId === 'string' ? locate(call, scope, campaignId) : undefined;
    if (!found) return void error.push(itemError(index, 'RESOURCE_ID_NOT_FOUND', `Campaign ${String(campaignId)} was not found in this account`, `$.campaignIds[${index}]`));
    const archived = changed(found.product, found.book.at(found.index), { state: 'ARCHIVED' });
    found.book.replace(found.index, archived);
    success.push({ index, campaign: unifiedCampaign(found.product, archived, found.profile) });
  });
  sendMultiStatus(call, success, error);
}
