/**
 * Every media type a request may name in Accept or Content-Type, defined once.
 * A request refers to these by key, so a typo is a compile error rather than a 415 at run time.
 */
export const mediaTypes = {
  json: 'application/json',
  formUrlEncoded: 'application/x-www-form-urlencoded',
  spCampaign: 'application/vnd.spCampaign.v3+json',
  sbCampaign: 'application/vnd.sbcampaignresource.v4+json',
  managerAccountsResponse: 'application/vnd.getmanageraccountsresponse.v1+json',
  // Reporting and DSP reports
  asyncReportRequest: 'application/vnd.createasyncreportrequest.v3+json',
  createAsyncReportResponse: 'application/vnd.createasyncreportresponse.v3+json',
  getAsyncReportResponse: 'application/vnd.getasyncreportresponse.v3+json',
  dspCreateReports: 'application/vnd.dspcreatereports.v3+json',
  dspGetReports: 'application/vnd.dspgetreports.v3+json',
  // Amazon Marketing Stream and Amazon Marketing Cloud
  streamSubscription: 'application/vnd.MarketingStreamSubscriptions.StreamSubscriptionResource.v1.0+json',
  amcQueryAudienceV1: 'application/vnd.amcquerybasedaudience.v1+json',
  amcQueryAudienceV12: 'application/vnd.amcquerybasedaudience.v1.2+json',
  amcWorkflows: 'application/vnd.amcworkflows.v1+json',
  amcSchedules: 'application/vnd.amcschedules.v1+json',
  amcWorkflowExecutions: 'application/vnd.amcworkflowexecutions.v1+json',
  // Sponsored Products v3
  spAdGroup: 'application/vnd.spAdGroup.v3+json',
  spProductAd: 'application/vnd.spProductAd.v3+json',
  spTargetingClause: 'application/vnd.spTargetingClause.v3+json',
  spKeyword: 'application/vnd.spKeyword.v3+json',
  spNegativeKeyword: 'application/vnd.spNegativeKeyword.v3+json',
  spCampaignNegativeKeyword: 'application/vnd.spCampaignNegativeKeyword.v3+json',
  spNegativeTargetingClause: 'application/vnd.spNegativeTargetingClause.v3+json',
  spCampaignNegativeTargetingClause: 'application/vnd.spCampaignNegativeTargetingClause.v3+json',
  spProductRecommendation: 'application/vnd.spproductrecommendation.v3+json',
  spProductRecommendationAsins: 'application/vnd.spproductrecommendationresponse.asins.v3+json',
  spProductTargeting: 'application/vnd.spproducttargeting.v3+json',
  spProductTargetingResponse: 'application/vnd.spproducttargetingresponse.v3+json',
  spKeywordsRecommendationV5: 'application/vnd.spkeywordsrecommendation.v5+json',
  spThemeBasedBidRecommendation: 'application/vnd.spthemebasedbidrecommendation.v3+json',
  spBudgetRecommendation: 'application/vnd.budgetrecommendation.v3+json',
  spBudgetRulesRecommendation: 'application/vnd.spbudgetrulesrecommendation.v3+json',
  spCampaignBudgetUsage: 'application/vnd.spcampaignbudgetusage.v1+json',
  // Sponsored Brands
  sbAdGroup: 'application/vnd.sbadgroupresource.v4+json',
  sbAd: 'application/vnd.sbadresource.v4+json',
  sbAdCreative: 'application/vnd.sbAdCreativeResource.v4+json',
  sbUpdateCampaignsResponse: 'application/vnd.updatecampaignsresponse.v4+json',
  sbBudgetRulesRecommendation: 'application/vnd.sbbudgetrulesrecommendation.v3+json',
  sbCampaignBudgetUsage: 'application/vnd.sbcampaignbudgetusage.v1+json',
  brand: 'application/vnd.brand.v3+json',
  // Exports
  campaignsExport: 'application/vnd.campaignsexport.v1+json',
  adGroupsExport: 'application/vnd.adgroupsexport.v1+json',
  targetsExport: 'application/vnd.targetsexport.v1+json',
  adsExport: 'application/vnd.adsexport.v1+json',
  // Partner opportunities
  partnerOpportunity: 'application/vnd.partneropportunity.v1+json',
} as const;

export type MediaTypeKey = keyof typeof mediaTypes;
export type MediaType = (typeof mediaTypes)[MediaTypeKey];
