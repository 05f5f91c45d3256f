/**
 * The reporting v3 report types the emulator builds, with what Amazon allows for each: ad product,
 * groupBy values, columns, time units and the longest date range of one request. Facts from Amazon's
 * reporting v3 documentation and OfflineReport_prod_3p.json's spCampaigns requests (report types, the
 * columns of every group, those of one group only); the emulator builds spCampaigns only and
 * answers 400 for the other type ids, naming the ones it knows.
 */
export interface ReportType {
  adProduct: string;
  groupBy: readonly string[];
  columns: readonly string[];
  /** Columns allowed only when groupBy has that group (an ad group's id with `adGroup`, ...). */
  groupColumns: Readonly<Record<string, readonly string[]>>;
  /** Longest startDate..endDate span of one report, in days. */
  maxDays: number;
}

/** How far back reporting v3 keeps data, in days. */
export const retentionDays = 95;

export const reportTypes: Record<string, ReportType> = {
  spCampaigns: {
    adProduct: 'SPONSORED_PRODUCTS',
    groupBy: ['campaign', 'adGroup', 'campaignPlacement'],
    columns: [
      'date',
      'startDate',
      'endDate',
      'campaignName',
      'campaignId',
      'campaignStatus',
      'campaignBudgetAmount',
      'campaignBudgetType',
      'campaignBudgetCurrencyCode',
      'campaignBiddingStrategy',
      'impressions',
      'clicks',
      'cost',
      'spend',
      'costPerClick',
      'clickThroughRate',
      'purchases1d',
      'purchases7d',
      'purchases14d',
      'purchases30d',
      'purchasesSameSku1d',
      'purchasesSameSku7d',
      'purchasesSameSku14d',
      'purchasesSameSku30d',
      'unitsSoldClicks1d',
      'unitsSoldClicks7d',
      'unitsSoldClicks14d',
      'unitsSoldClicks30d',
      'sales1d',
      'sales7d',
      'sales14d',
      'sales30d',
      'attributedSalesSameSku1d',
      'attributedSalesSameSku7d',
      'attributedSalesSameSku14d',
      'attributedSalesSameSku30d',
      'topOfSearchImpressionShare',
      'unitsSoldSameSku1d',
      'unitsSoldSameSku7d',
      'unitsSoldSameSku14d',
      'unitsSoldSameSku30d',
      'kindleEditionNormalizedPagesRead14d',
      'kindleEditionNormalizedPagesRoyalties14d',
      'campaignRuleBasedBudgetAmount',
      'campaignApplicableBudgetRuleId',
      'campaignApplicableBudgetRuleName',
      'acosClicks7d',
      'acosClicks14d',
      'roasClicks7d',
      'roasClicks14d',
    ],
    groupColumns: {
      adGroup: ['adGroupId', 'adGroupName', 'adStatus'],
      campaignPlacement: ['placementClassification'],
    },
    maxDays: 31,
  },
};

export const reportTypeIds = Object.keys(reportTypes);

export const timeUnits = ['SUMMARY', 'DAILY'] as const;

/** Columns a report with timeUnit SUMMARY may not ask for, and DAILY ones it may not either. */
export const dailyOnlyColumns = ['date'];
export const summaryOnlyColumns = ['startDate', 'endDate'];
