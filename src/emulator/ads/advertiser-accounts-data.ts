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

/** A profile's country as the Unified API writes a marketplace (ISO 3166: GB where profiles say UK). */
export function unifiedMarketplace(countryCode: string): string {
  return countryCode === 'UK' ? 'GB' : countryCode;
}

/**
 * The account as the Unified API answers it: with the required `status` and `businessDetails` (the demo
 * business's address), countries as ISO 3166 codes (GB where a profile says UK).
 */
export function advertiserAccountJson(account: AdvertiserAccount): Record<string, unknown> {
  const { profiles: _profiles, alternateIds, ...json } = account;
  return {
    ...json,
    alternateIds: alternateIds.map((id) => ({ ...id, countryCode: unifiedMarketplace(id.countryCode) })),
    businessDetails: [
      { address: { businessName: json.displayName, addressLine1: '1 Emulator Way', city: 'Localhost', countryCode: unifiedMarketplace(alternateIds[0]?.countryCode ?? 'US') } },
    ],
    status: { statusCode: 'APPROVED', statusMessage: 'The account is approved' },
  };
}
