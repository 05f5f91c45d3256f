/**
 * Sponsored Products > the list filters that the example bodies of several v3 list requests share.
 */

/** Enabled entities of the ad group in {{adGroupId}} (campaign {{campaignId}}), ten a page, with the extended fields. */
export const adGroupListFilters = {
  campaignIdFilter: { include: ['{{campaignId}}'] },
  stateFilter: { include: ['ENABLED'] },
  maxResults: 10,
  adGroupIdFilter: { include: ['{{adGroupId}}'] },
  includeExtendedDataFields: true,
};
