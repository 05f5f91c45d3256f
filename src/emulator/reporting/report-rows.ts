/**
 * The rows of an emulated report, generated for the profile's Sponsored Products campaigns: one row
 * per campaign and day (DAILY) or per campaign (SUMMARY), or exactly `reportRows` rows cycling over
 * them. Values are deterministic (seed, campaign, day) and only the requested columns are written,
 * in their order. Rows come as JSON text chunks of a JSON array, so a million rows never sit in memory.
 */
import type { CampaignBook } from '../ads/campaign-book.js';
import type { SpCampaign } from '../ads/campaign-data.js';
import { seededRandom } from '../seeded.js';
import type { ReportRequest } from './report-request.js';

const dayMs = 86_400_000;
const rowsPerChunk = 500;

function daysOf(request: ReportRequest): string[] {
  const start = Date.parse(`${request.startDate}T00:00:00Z`);
  const end = Date.parse(`${request.endDate}T00:00:00Z`);
  const days: string[] = [];
  for (let ms = start; ms <= end; ms += dayMs) days.push(new Date(ms).toISOString().slice(0, 10));
  return days;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** All column values of one campaign on one day (or over the range, for SUMMARY). */
function rowValues(seed: number, campaign: SpCampaign, day: string, request: ReportRequest, currency: string): Record<string, unknown> {
  const random = seededRandom(seed, campaign.campaignId, day);
  const impressions = Math.floor(random() * 5000);
  const clicks = Math.floor(impressions * random() * 0.05);
  const cpc = 0.2 + random() * 1.8;
  const cost = round2(clicks * cpc);
  const purchases = [1, 7, 14, 30].map((_, i) => Math.floor(clicks * random() * 0.1) + i);
  const price = 5 + Math.floor(random() * 45);
  const values: Record<string, unknown> = {
    date: day,
    startDate: request.startDate,
    endDate: request.endDate,
    campaignName: campaign.name,
    campaignId: Number(campaign.campaignId),
    campaignStatus: campaign.state,
    campaignBudgetAmount: campaign.budget.budget,
    campaignBudgetType: campaign.budget.budgetType,
    campaignBudgetCurrencyCode: currency,
    campaignBiddingStrategy: campaign.dynamicBidding?.strategy ?? 'LEGACY_FOR_SALES',
    impressions,
    clicks,
    cost,
    spend: cost,
    costPerClick: clicks ? round2(cost / clicks) : 0,
    clickThroughRate: impressions ? Math.round((clicks / impressions) * 10000) / 10000 : 0,
    topOfSearchImpressionShare: Math.round(random() * 10000) / 100,
    kindleEditionNormalizedPagesRead14d: 0,
    kindleEditionNormalizedPagesRoyalties14d: 0,
    campaignRuleBasedBudgetAmount: campaign.budget.budget,
    campaignApplicableBudgetRuleId: null,
    campaignApplicableBudgetRuleName: null,
    // one ad group per campaign, and its placement
    adGroupId: Number(campaign.campaignId) + 1,
    adGroupName: `${campaign.name} ad group`,
    adStatus: campaign.state,
    placementClassification: 'Top of Search on-Amazon',
  };
  ['1d', '7d', '14d', '30d'].forEach((window, i) => {
    values[`purchases${window}`] = purchases[i];
    values[`purchasesSameSku${window}`] = Math.floor(purchases[i] / 2);
    values[`unitsSoldClicks${window}`] = purchases[i];
    values[`sales${window}`] = round2(purchases[i] * price);
    values[`attributedSalesSameSku${window}`] = round2(Math.floor(purchases[i] / 2) * price);
    values[`unitsSoldSameSku${window}`] = Math.floor(purchases[i] / 2);
  });
  for (const window of ['7d', '14d']) {
    const sales = values[`sales${window}`] as number;
    values[`acosClicks${window}`] = sales ? round2((cost / sales) * 100) : 0;
    values[`roasClicks${window}`] = cost ? round2(sales / cost) : 0;
  }
  return values;
}

export interface ReportRowsInput {
  seed: number;
  request: ReportRequest;
  campaigns: CampaignBook<SpCampaign>;
  currency: string;
  /** Exact row count; undefined: one row per campaign (and day). */
  rows?: number;
}

/** How many rows the report has. */
export function reportRowCount(input: ReportRowsInput): number {
  if (input.rows !== undefined) return input.campaigns.size === 0 ? 0 : input.rows;
  const days = input.request.timeUnit === 'DAILY' ? daysOf(input.request).length : 1;
  return input.campaigns.size * days;
}

/** The report as JSON text, chunk by chunk: `[`, rows separated by commas, `]`. */
export function* reportJsonChunks(input: ReportRowsInput): Generator<string> {
  const { request, campaigns } = input;
  const days = request.timeUnit === 'DAILY' ? daysOf(request) : [request.startDate];
  const total = reportRowCount(input);
  const size = campaigns.size;
  let chunk = '[';
  for (let i = 0; i < total; i++) {
    const campaign = campaigns.at(i % size);
    const day = days[Math.floor(i / size) % days.length];
    const values = rowValues(input.seed, campaign, day, request, input.currency);
    const row: Record<string, unknown> = {};
    for (const column of request.columns) row[column] = values[column] ?? null;
    chunk += (i === 0 ? '' : ',') + JSON.stringify(row);
    if (i % rowsPerChunk === rowsPerChunk - 1) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]`;
}
