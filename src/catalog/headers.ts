/**
 * Extra request headers shared by many requests, defined once. The standard Ads headers (client id,
 * bearer token, profile scope) come from a request's header set and Accept / Content-Type from its
 * media type keys; everything else a request sends is listed here and named in `extraHeaders`.
 */
import type { Header } from './types.js';

/** A header whose value keeps its literal type, so `request()` can check the variables in it. */
function header<const V extends string>(key: string, value: V, description: string): Header & { value: V } {
  return { key, value, description };
}

/** Sponsored Products v3 writes: answer with the full entities, not only their ids. */
export const preferRepresentation = header('Prefer', 'return=representation', 'Answer with the full entities, not only their ids.');

/** Sponsored TV list calls: include the extended fields (serving status, dates) in each entity. */
export const preferExtendedData = header('Prefer', 'include=extendedData', 'Include extended fields such as serving status.');

/** Partner opportunity calls need the manager account the partner works through. */
export const managerAccountHeader = header(
  'Amazon-Advertising-API-Manager-Account',
  '{{manager_account_id}}',
  'Manager account that links the partner to the advertisers.',
);

export const noCacheHeader = header('Cache-Control', 'no-cache', 'Always ask the API, never a cache.');

/** Amazon Marketing Cloud administration and reporting calls name the AMC account and its marketplace. */
export const amcAccountHeaders = [
  header('Amazon-Advertising-API-MarketplaceId', '{{marketplace_id}}', 'Marketplace of the AMC account.'),
  header('Amazon-Advertising-API-AdvertiserId', '{{advertiser_id}}', 'AMC account (entity) id.'),
];

/** Amazon Marketing Cloud audience calls name the account as an entity and the AMC instance. */
export const amcAudienceHeaders = [
  header('Amazon-Advertising-API-EntityId', '{{advertiser_id}}', 'AMC account (entity) id.'),
  header('Amazon-Marketing-Cloud-Audience-InstanceId', '{{instanceId}}', 'AMC instance the audience query runs in.'),
];
