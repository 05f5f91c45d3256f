/**
 * Sponsored Products > parts that the example request bodies of several v3 requests share.
 */

/** Enabled entities of the ad group in {{adGroupId}} (campaign {{campaignId}}), ten a page, with the extended fields. */
export const adGroupListFilters = {
  campaignIdFilter: { include: ['{{campaignId}}'] },
  stateFilter: { include: ['ENABLED'] },
  maxResults: 10,
  adGroupIdFilter: { include: ['{{adGroupId}}'] },
  includeExtendedDataFields: true,
};

/** The negative keyword both levels (ad group and campaign) create: exact "free sample" in the ad group in {{adGroupId}}. */
export const freeSampleNegativeKeyword = {
  campaignId: '{{campaignId}}',
  matchType: 'NEGATIVE_EXACT',
  state: 'ENABLED',
  adGroupId: '{{adGroupId}}',
  keywordText: 'free sample',
};
