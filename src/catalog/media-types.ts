/**
 * Every media type a request may name in Accept or Content-Type, defined once.
 * A request refers to these by key, so a typo is a compile error rather than a 415 at run time.
 */
export const mediaTypes = {
  json: 'application/json',
  formUrlEncoded: 'application/x-www-form-urlencoded',
  spCampaign: 'application/vnd.spCampaign.v3+json',
  sbCampaign: 'application/vnd.sbcampaignresource.v4+json',
} as const;

export type MediaTypeKey = keyof typeof mediaTypes;
export type MediaType = (typeof mediaTypes)[MediaTypeKey];
