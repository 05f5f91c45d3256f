/**
 * Headers of the Unified API (/adsApi/v1) beyond the standard Ads header sets: the advertiser
 * account a call acts for, and the manager account header the official collection ships disabled.
 * Which requests carry which follows the official Unified API collection.
 */
import type { Header, HeaderSet } from '../types.js';

/** Advertiser account context: the `accountId` chosen by "Query advertiser accounts". */
export const accountIdHeader: Header = {
  key: 'Amazon-Ads-AccountId',
  value: '{{accountId}}',
  description: 'Advertiser account the call acts for; "Query advertiser accounts" chooses it.',
};

/** Off by default: turn it on to act through a manager account (fill manager_account_id first). */
export const managerAccountIdHeader: Header = {
  key: 'Amazon-Ads-Manager-AccountId',
  value: '{{manager_account_id}}',
  description: 'Turn on to call on behalf of the manager account in manager_account_id.',
  disabled: true,
};

/**
 * Which account context a Unified API request sends:
 * - `account`: Amazon-Ads-AccountId;
 * - `account-profile`: Amazon-Ads-AccountId and Amazon-Advertising-API-Scope;
 * - `profile`: Amazon-Advertising-API-Scope only;
 * - `client`: neither (calls about the login itself: accounts, manager accounts, reports).
 * Every one also carries the client id and bearer token of the standard header sets.
 */
export type AccountContext = 'account' | 'account-profile' | 'profile' | 'client';

export function contextHeaders(context: AccountContext, managerAccount: boolean): { headers: HeaderSet; extraHeaders: Header[] } {
  const headers: HeaderSet = context === 'account-profile' || context === 'profile' ? 'profile' : 'account';
  const extraHeaders = context === 'account' || context === 'account-profile' ? [accountIdHeader] : [];
  if (managerAccount) extraHeaders.push(managerAccountIdHeader);
  return { headers, extraHeaders };
}
