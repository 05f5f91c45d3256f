/**
 * The budget rule requests of one ad product. SP, SB and SD expose the same family under their own path
 * prefix (`/sp/budgetRules`, `/sb/budgetRules`, `/sd/budgetRules`); what differs between them (body
 * examples, recommendation media types, the official collection's paging quirks) is passed in by
 * sp.ts / sb.ts / sd.ts, so a fix to the shared part is one change here.
 *
 * `adProduct` is typed as the union of literals (not `string`), so every URL below stays a union of
 * literal types and `request()` still checks its `{{variables}}` at compile time.
 */
import { request, type Json, type RequestSpec } from '../types.js';
import type { MediaTypeKey } from '../media-types.js';
import { budgetRuleExamples, ruleAnswersOf } from './examples.js';

export type AdProduct = 'sp' | 'sb' | 'sd';

const adProductNames: Record<AdProduct, string> = {
  sp: 'Sponsored Products',
  sb: 'Sponsored Brands',
  sd: 'Sponsored Display',
};

const docs = 'https://advertising.amazon.com/API/docs/en-us/guides/budgets/rules/overview';

/** The folder description and documentation link of one ad product's budget rules. */
function budgetRulesFolderDescription(adProduct: AdProduct): { description: string; docs: string } {
  return { description: `Budget rules for ${adProductNames[adProduct]} campaigns.`, docs };
}

/** Create example shared by SP and SD: raise the budget 20% while ACOS stays at or under 20, for a date range. */
export const acosRuleExample = {
  budgetRulesDetails: [
    {
      name: 'Example budget rule',
      ruleType: 'PERFORMANCE',
      duration: { dateRangeTypeRuleDuration: { startDate: '20260301', endDate: '20260430' } },
      recurrence: { type: 'DAILY' },
      budgetIncreaseBy: { type: 'PERCENT', value: 20 },
      performanceMeasureCondition: {
        metricName: 'ACOS',
        threshold: 20,
        comparisonOperator: 'LESS_THAN_OR_EQUAL_TO',
      },
    },
  ],
};

/** Update example shared by SP and SB: rewrite the rule in {{budgetRuleId}} as a 75% raise while ROAS is at least 2. */
export const roasRuleUpdateExample = {
  budgetRulesDetails: [
    {
      ruleDetails: {
        ruleType: 'PERFORMANCE',
        name: 'Example budget rule',
        duration: {
          dateRangeTypeRuleDuration: { startDate: '20260220', endDate: '20260308' },
        },
        recurrence: { type: 'DAILY' },
        budgetIncreaseBy: { type: 'PERCENT', value: 75 },
        performanceMeasureCondition: {
          metricName: 'ROAS',
          comparisonOperator: 'GREATER_THAN_OR_EQUAL_TO',
          threshold: 2,
        },
      },
      ruleId: '{{budgetRuleId}}',
      ruleState: 'ACTIVE',
      ruleStatus: 'ACTIVE',
    },
  ],
};

/** The official collection sends this disabled paging parameter on some budget rule calls. */
const nextTokenParam = { key: 'nextToken', value: '', disabled: true } as const;

const storesBudgetRuleId = 'Stores {{budgetRuleId}} from the answer for later requests; an empty answer leaves it unset instead of failing.';

/**
 * POST /<ad product>/budgetRules. `summary` is the first sentence, specific to the ad product's example
 * (e.g. "Creates Sponsored Brands budget rules, here one tied to a recommended event.").
 */
function createBudgetRules(adProduct: AdProduct, options: { summary: string; example: Json; uses?: string }): RequestSpec {
  return request({
    name: 'Create budget rules',
    method: 'POST',
    url: `{{api_url}}/${adProduct}/budgetRules`,
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    body: { mode: 'raw', example: options.example },
    description: [
      options.summary,
      'Several items can go in one call; the answer reports success or an error per item, by index.',
      ...(options.uses ? [options.uses] : []),
      storesBudgetRuleId,
    ].join(' '),
    docs,
    examples: budgetRuleExamples.create,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'budgetRuleId', from: 'responses[0].ruleId' } }] },
  });
}

function associateBudgetRules(adProduct: AdProduct, options: { nextTokenQuery?: boolean } = {}): RequestSpec {
  return request({
    name: 'Associate budget rules to campaign',
    method: 'POST',
    url: `{{api_url}}/${adProduct}/campaigns/:campaignId/budgetRules`,
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    ...(options.nextTokenQuery ? { query: [nextTokenParam] } : {}),
    pathVariables: { campaignId: '{{campaignId}}' },
    body: { mode: 'raw', example: { budgetRuleIds: ['{{budgetRuleId}}'] } },
    description:
      'Attaches budget rules (ids in the body) to the campaign in {{campaignId}}. Uses {{budgetRuleId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: budgetRuleExamples.associate,
  });
}

function recommendedBudgetRuleEvents(
  adProduct: AdProduct,
  mediaTypes: { accept: MediaTypeKey; contentType: MediaTypeKey },
): RequestSpec {
  return request({
    name: 'Get recommended events',
    method: 'POST',
    url: `{{api_url}}/${adProduct}/campaigns/budgetRules/recommendations`,
    headers: 'profile',
    accept: mediaTypes.accept,
    contentType: mediaTypes.contentType,
    body: { mode: 'raw', example: { campaignId: '{{campaignId}}' } },
    description:
      'Suggests shopping events worth a temporary budget raise for the campaign in {{campaignId}}. Uses {{campaignId}} (set in the environment or stored by an earlier request). Stores {{eventId}} from the answer for later requests; an empty answer leaves it unset instead of failing.',
    docs,
    examples: budgetRuleExamples.recommendedEvents,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'eventId', from: 'recommendedBudgetRuleEvents[0].eventId' } }] },
  });
}

function listBudgetRules(adProduct: AdProduct): RequestSpec {
  return request({
    name: 'All budget rules',
    method: 'GET',
    url: `{{api_url}}/${adProduct}/budgetRules`,
    headers: 'profile',
    accept: 'json',
    query: [nextTokenParam, { key: 'pageSize', value: '30' }],
    description: `Lists the ${adProductNames[adProduct]} budget rules of the profile, a page at a time. ${storesBudgetRuleId}`,
    docs,
    examples: ruleAnswersOf(adProduct).list,
    scripts: { test: [{ name: 'store-ids', params: { variable: 'budgetRuleId', from: 'budgetRulesForAdvertiserResponse[0].ruleId' } }] },
  });
}

function updateBudgetRules(adProduct: AdProduct, example: Json): RequestSpec {
  return request({
    name: 'Update budget rules',
    method: 'PUT',
    url: `{{api_url}}/${adProduct}/budgetRules`,
    headers: 'profile',
    accept: 'json',
    contentType: 'json',
    body: { mode: 'raw', example },
    description:
      'Changes the details or state of budget rules by id. Only the fields sent change; each item names the entity by id. Uses {{budgetRuleId}} (set in the environment or stored by an earlier request).',
    docs,
    examples: budgetRuleExamples.update,
  });
}

function disassociateBudgetRule(adProduct: AdProduct): RequestSpec {
  return request({
    name: 'Disassociate budget rule from campaign',
    method: 'DELETE',
    url: `{{api_url}}/${adProduct}/campaigns/:campaignId/budgetRules/:budgetRuleId`,
    headers: 'profile',
    accept: 'json',
    pathVariables: { campaignId: '{{campaignId}}', budgetRuleId: '{{budgetRuleId}}' },
    description:
      'Detaches the budget rule in {{budgetRuleId}} from the campaign in {{campaignId}}. Archives or removes the entity named in the URL; this cannot be undone.',
    docs,
    examples: budgetRuleExamples.disassociate,
  });
}

/** `storesCampaignId`: keep the first campaign's id for later requests (the official SB request does not). */
function campaignsOfBudgetRule(adProduct: AdProduct, options: { storesCampaignId: boolean }): RequestSpec {
  const lists = 'Lists the campaigns the budget rule in {{budgetRuleId}} is attached to.';
  return request({
    name: 'Campaigns associated with a rule',
    method: 'GET',
    url: `{{api_url}}/${adProduct}/budgetRules/:budgetRuleId/campaigns`,
    headers: 'profile',
    accept: 'json',
    query: [{ key: 'pageSize', value: '30' }, nextTokenParam],
    pathVariables: { budgetRuleId: '{{budgetRuleId}}' },
    description: options.storesCampaignId
      ? `${lists} Stores {{campaignId}} from the answer for later requests; an empty answer leaves it unset instead of failing.`
      : lists,
    docs,
    examples: budgetRuleExamples.campaignsOfRule,
    ...(options.storesCampaignId
      ? { scripts: { test: [{ name: 'store-ids', params: { variable: 'campaignId', from: 'associatedCampaigns[0].campaignId' } }] } }
      : {}),
  });
}

function budgetRuleById(adProduct: AdProduct): RequestSpec {
  return request({
    name: 'Budget rule by ID',
    method: 'GET',
    url: `{{api_url}}/${adProduct}/budgetRules/:budgetRuleId`,
    headers: 'profile',
    accept: 'json',
    pathVariables: { budgetRuleId: '{{budgetRuleId}}' },
    description: 'Reads the budget rule in {{budgetRuleId}}.',
    docs,
    examples: ruleAnswersOf(adProduct).byId,
  });
}

function budgetRulesOfCampaign(adProduct: AdProduct, options: { nextTokenQuery?: boolean } = {}): RequestSpec {
  return request({
    name: 'Rules associated with a campaign',
    method: 'GET',
    url: `{{api_url}}/${adProduct}/campaigns/:campaignId/budgetRules`,
    headers: 'profile',
    accept: 'json',
    ...(options.nextTokenQuery ? { query: [nextTokenParam] } : {}),
    pathVariables: { campaignId: '{{campaignId}}' },
    description: 'Lists the budget rules attached to the campaign in {{campaignId}}.',
    docs,
    examples: ruleAnswersOf(adProduct).rulesOfCampaign,
  });
}

/**
 * The budget rule requests of one ad product, bound to its path prefix. Each ad product's file lists the
 * ones its official folder has, in the official order, with its own examples and quirks.
 */
export function budgetRuleRequests(adProduct: AdProduct) {
  return {
    folderDescription: budgetRulesFolderDescription(adProduct),
    create: (options: Parameters<typeof createBudgetRules>[1]) => createBudgetRules(adProduct, options),
    associate: (options?: Parameters<typeof associateBudgetRules>[1]) => associateBudgetRules(adProduct, options),
    recommendedEvents: (mediaTypes: Parameters<typeof recommendedBudgetRuleEvents>[1]) => recommendedBudgetRuleEvents(adProduct, mediaTypes),
    list: () => listBudgetRules(adProduct),
    update: (example: Json) => updateBudgetRules(adProduct, example),
    disassociate: () => disassociateBudgetRule(adProduct),
    campaignsOfRule: (options: Parameters<typeof campaignsOfBudgetRule>[1]) => campaignsOfBudgetRule(adProduct, options),
    byId: () => budgetRuleById(adProduct),
    rulesOfCampaign: (options?: Parameters<typeof budgetRulesOfCampaign>[1]) => budgetRulesOfCampaign(adProduct, options),
  };
}
