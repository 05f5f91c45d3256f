/**
 * Generated campaigns of each ad product, in the shapes Amazon returns them:
 * SP v3 (SponsoredProductsCampaign), SB v4 (list campaigns response items), SD (GET /sd/campaigns items).
 */
import { intBetween, pick, seededRandom } from '../seeded.js';

export interface SpCampaign {
  campaignId: string;
  name: string;
  state: string;
  targetingType: 'AUTO' | 'MANUAL';
  budget: { budget: number; budgetType: 'DAILY' };
  startDate: string;
  endDate?: string | null;
  dynamicBidding?: { strategy: string; placementBidding: Array<{ placement: string; percentage: number }> };
  portfolioId?: string;
  tags?: Record<string, string>;
  /** Present only when includeExtendedDataFields asks for it; kept here for created campaigns. */
  extendedData?: { creationDateTime: string; lastUpdateDateTime: string; servingStatus: string };
}

export interface SbCampaign {
  campaignId: string;
  name: string;
  state: 'ENABLED' | 'PAUSED' | 'ARCHIVED';
  budget: number;
  budgetType: 'DAILY' | 'LIFETIME';
  startDate: string;
  endDate?: string;
  brandEntityId: string;
  bidding: { bidOptimization: boolean; bidOptimizationStrategy?: string };
  isMultiAdGroupsEnabled: boolean;
  costType: 'CPC' | 'VCPM';
  goal: string;
  tags: Record<string, string>;
}

export interface SdCampaign {
  campaignId: number;
  name: string;
  tactic: 'T00020' | 'T00030';
  startDate: string;
  endDate?: string;
  state: 'enabled' | 'paused' | 'archived';
  costType: 'cpc' | 'vcpm';
  budget: number;
  budgetType: 'daily';
  deliveryProfile: 'as_soon_as_possible';
}

const dayMs = 86_400_000;
const firstStart = Date.UTC(2023, 0, 1);

// Generated dates fall in a few thousand days: format each once (building Date objects per campaign
// dominated listing 100 000 campaigns).
const formattedDays = new Map<number, string>();
function isoDate(ms: number): string {
  let text = formattedDays.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString().slice(0, 10);
    formattedDays.set(ms, text);
  }
  return text;
}

/** State by position, so each state occurs at a known rate: about 1 in 7 paused, 1 in 11 archived. */
function stateIndex(index: number): 0 | 1 | 2 {
  if (index % 11 === 10) return 2;
  if (index % 7 === 5) return 1;
  return 0;
}

export function generateSpCampaign(seed: number, profileId: string, country: string, index: number, campaignId: string): SpCampaign {
  const random = seededRandom(seed, profileId, 'sp', index);
  const startMs = firstStart + intBetween(random, 0, 700) * dayMs;
  const campaign: SpCampaign = {
    campaignId,
    name: `SP ${country} campaign ${String(index + 1).padStart(6, '0')}`,
    state: (['ENABLED', 'PAUSED', 'ARCHIVED'] as const)[stateIndex(index)],
    targetingType: index % 2 === 0 ? 'AUTO' : 'MANUAL',
    budget: { budget: intBetween(random, 1, 100) * 5, budgetType: 'DAILY' },
    startDate: isoDate(startMs),
    dynamicBidding: {
      strategy: pick(random, ['LEGACY_FOR_SALES', 'AUTO_FOR_SALES', 'MANUAL'] as const),
      placementBidding: random() < 0.3 ? [{ placement: 'PLACEMENT_TOP', percentage: intBetween(random, 1, 90) * 10 }] : [],
    },
  };
  if (random() < 0.25) campaign.endDate = isoDate(startMs + intBetween(random, 30, 365) * dayMs);
  return campaign;
}

export function spExtendedData(campaign: SpCampaign): NonNullable<SpCampaign['extendedData']> {
  if (campaign.extendedData) return campaign.extendedData;
  const created = `${campaign.startDate}T08:00:00Z`;
  const servingStatus =
    campaign.state === 'ENABLED' ? 'CAMPAIGN_STATUS_ENABLED' : campaign.state === 'PAUSED' ? 'CAMPAIGN_PAUSED' : 'CAMPAIGN_ARCHIVED';
  return { creationDateTime: created, lastUpdateDateTime: created, servingStatus };
}

export function generateSbCampaign(seed: number, profileId: string, country: string, index: number, campaignId: string, brandEntityId: string): SbCampaign {
  const random = seededRandom(seed, profileId, 'sb', index);
  const startMs = firstStart + intBetween(random, 0, 700) * dayMs;
  const campaign: SbCampaign = {
    campaignId,
    name: `SB ${country} campaign ${String(index + 1).padStart(6, '0')}`,
    state: (['ENABLED', 'PAUSED', 'ARCHIVED'] as const)[stateIndex(index)],
    budget: intBetween(random, 2, 100) * 5,
    budgetType: 'DAILY',
    startDate: isoDate(startMs),
    brandEntityId,
    bidding: { bidOptimization: true, bidOptimizationStrategy: 'MAXIMIZE_IMMEDIATE_SALES' },
    isMultiAdGroupsEnabled: true,
    costType: 'CPC',
    goal: pick(random, ['BRAND_IMPRESSION_SHARE', 'PAGE_VISIT'] as const),
    tags: {},
  };
  if (random() < 0.25) campaign.endDate = isoDate(startMs + intBetween(random, 30, 365) * dayMs);
  return campaign;
}

export function generateSdCampaign(seed: number, profileId: string, country: string, index: number, campaignId: string): SdCampaign {
  const random = seededRandom(seed, profileId, 'sd', index);
  const startMs = firstStart + intBetween(random, 0, 700) * dayMs;
  const campaign: SdCampaign = {
    campaignId: Number(campaignId),
    name: `SD ${country} campaign ${String(index + 1).padStart(6, '0')}`,
    tactic: index % 2 === 0 ? 'T00020' : 'T00030',
    startDate: isoDate(startMs).replace(/-/g, ''),
    state: (['enabled', 'paused', 'archived'] as const)[stateIndex(index)],
    costType: index % 3 === 2 ? 'vcpm' : 'cpc',
    budget: intBetween(random, 2, 100) * 5,
    budgetType: 'daily',
    deliveryProfile: 'as_soon_as_possible',
  };
  if (random() < 0.25) campaign.endDate = isoDate(startMs + intBetween(random, 30, 365) * dayMs).replace(/-/g, '');
  return campaign;
}
