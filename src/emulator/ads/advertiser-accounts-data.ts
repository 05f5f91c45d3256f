/**
 * The Unified API's advertiser accounts of the demo login: one global account per seller / vendor
 * entity, listing in `alternateIds` the marketplace profile it has in each country (the link
 * `Query advertiser accounts` gives from a profile to an accountId).
 */
import { alphanumericString, seededRandom } from '../seeded.js';
import type { Profile } from './profiles-data.js';

export interface AdvertiserAccount {
  advertiserAccountId: string;
  displayName: string;
  isGlobalAccount: boolean;
  alternateIds: Array<{ countryCode: string; entityId: string; profileId: string }>;
  /** The profiles behind alternateIds (not part of the API answer). */
  profiles: Profile[];
}

export function generateAdvertiserAccounts(profiles: Profile[], seed: number): AdvertiserAccount[] {
  const byEntity = new Map<string, Profile[]>();
  for (const profile of profiles) byEntity.set(profile.accountInfo.id, [...(byEntity.get(profile.accountInfo.id) ?? []), profile]);
  return [...byEntity.entries()].map(([entityId, members]) => ({
    advertiserAccountId: 'amzn1.ads-account.g.' + alphanumericString(seededRandom(seed, 'advertiser-account', entityId), 26).toLowerCase(),
    displayName: members[0].accountInfo.type === 'vendor' ? 'Emulator Vendor' : 'Emulator Seller',
    isGlobalAccount: members.length > 1,
    alternateIds: members.map((profile) => ({ countryCode: profile.countryCode, entityId, profileId: String(profile.profileId) })),
    profiles: members,
  }));
}

/** The account as the API answers it. */
export function advertiserAccountJson(account: AdvertiserAccount): Omit<AdvertiserAccount, 'profiles'> {
  const { profiles: _profiles, ...json } = account;
  return json;
}
