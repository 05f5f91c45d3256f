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

/** The negative keyword the campaign level creates: exact "free sample" in the campaign in {{campaignId}} (campaign negatives name no ad group). */
export const freeSampleCampaignNegativeKeyword = {
  campaignId: '{{campaignId}}',
  matchType: 'NEGATIVE_EXACT',
  state: 'ENABLED',
  keywordText: 'free sample',
};

/** The same keyword at the ad group level: in the ad group in {{adGroupId}}. */
export const freeSampleNegativeKeyword = { ...freeSampleCampaignNegativeKeyword, adGroupId: '{{adGroupId}}' };
