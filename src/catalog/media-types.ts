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
  streamSubscription: 'application/vnd.amazonmarketingstreamsubscriptions.v1+json',
  amcQueryAudienceV1: 'application/vnd.amcquerybasedaudience.v1+json',
  amcQueryAudienceV12: 'application/vnd.amcquerybasedaudience.v1.2+json',
  amcWorkflows: 'application/vnd.amcworkflows.v1+json',
  amcSchedules: 'application/vnd.amcschedules.v1+json',
  amcWorkflowExecutions: 'application/vnd.amcworkflowexecutions.v1+json',
  amcInstances: 'application/vnd.amcinstances.v1+json',
  amcAudiencesConnections: 'application/vnd.amcaudiencesconnections.v1+json',
  amcLookalikeAudience: 'application/vnd.amclookalikeaudience.v1+json',
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
  // Sponsored TV (each resource sends and answers its own type)
  stCampaign: 'application/vnd.stCampaign.v1+json',
  stAdGroup: 'application/vnd.stAdGroup.v1+json',
  stAd: 'application/vnd.stAd.v1+json',
  stCreative: 'application/vnd.stCreative.v1+json',
  stCreativesModerations: 'application/vnd.stCreativesModerations.v1+json',
  stCreativesPreview: 'application/vnd.stCreativesPreview.v1+json',
  // Persona builder insights: the audience expression sent, the insight answered
  bandedSizeInput: 'application/vnd.bandedsizeinputexpression.v1+json',
  bandedSizeInsights: 'application/vnd.bandedsizeinsights.v1+json',
  demographicInput: 'application/vnd.demographicinputexpressions.v1+json',
  demographicInsights: 'application/vnd.demographicinsights.v1+json',
  primeVideoInput: 'application/vnd.primevideoinputexpressions.v1+json',
  primeVideoInsights: 'application/vnd.primevideoinsights.v1+json',
  topCategoriesPurchasedInput: 'application/vnd.topcategoriespurchasedinputexpression.v1+json',
  topCategoriesPurchasedInsights: 'application/vnd.topcategoriespurchasedinsights.v1+json',
  topOverlappingAudiencesInput: 'application/vnd.topoverlappingaudiencesinputexpression.v1+json',
  topOverlappingAudiencesInsights: 'application/vnd.topoverlappingaudiencesinsights.v1+json',
  // Stores, product metadata, budget usage, creative assets, Sponsored Brands targeting answers
  storeInsightsRequest: 'application/vnd.GetInsightsForStoreRequest.v1+json',
  storeInsightsResponse: 'application/vnd.GetInsightsForStoreResponse.v1+json',
  productMetadataRequest: 'application/vnd.productmetadatarequest.v1+json',
  productMetadataResponse: 'application/vnd.productmetadataresponse.v1+json',
  sdCampaignBudgetUsage: 'application/vnd.sdcampaignbudgetusage.v1+json',
  creativeAssetsUploadResponse: 'application/vnd.creativeassetsuploadresponse.v3+json',
  creativeAssetsRegisterResponse: 'application/vnd.creativeassetsregisterresponse.v3+json',
  creativeAssetsGetResponse: 'application/vnd.creativeassetsgetresponse.v3+json',
  creativeAssetsSearchResponse: 'application/vnd.creativeassetssearchassetsresponse.v3+json',
  // Partner opportunities
  partnerOpportunity: 'application/vnd.partneropportunity.v1+json',
} as const;

export type MediaTypeKey = keyof typeof mediaTypes;
export type MediaType = (typeof mediaTypes)[MediaTypeKey];
