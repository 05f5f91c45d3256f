/** The advertiser's profiles in one region: one per marketplace, generated from the seed. */
import { regions, type RegionId } from '../../core/regions.js';
import { alphanumericString, intBetween, seededRandom } from '../seeded.js';
import { marketplaces } from './marketplaces.js';

export interface Profile {
  /** Decimal digits (ids above 2^53 do not fit a JavaScript number); sent as a JSON number (accounts.ts). */
  profileId: string;
  countryCode: string;
  currencyCode: string;
  dailyBudget?: number;
  timezone: string;
  accountInfo: {
    marketplaceStringId: string;
    id: string;
    type: 'seller' | 'vendor' | 'agency';
    name: string;
    /** Only vendors carry it (Profiles spec). */
    validPaymentMethod?: boolean;
  };
}

/** The first id of the `largeProfileIds` option: 2^53 + 1, the first integer a JavaScript number cannot hold. */
const FIRST_LARGE_PROFILE_ID = 2n ** 53n + 1n;

/**
 * `count` profiles (default: one per marketplace of the region), the marketplaces taken in turn; the
 * first round is the same with or without `count`, later rounds are named "... <round>". With
 * `largeProfileIds` the ids are 2^53 + 1, + 3, + 5, … (9007199254740993, 9007199254740995, …): odd
 * numbers above 2^53, each of which JSON.parse rounds.
 */
export function generateProfiles(region: RegionId, seed: number, { count, largeProfileIds = false }: { count?: number; largeProfileIds?: boolean } = {}): Profile[] {
  const used = new Set<number>();
  const sellerId = 'A' + alphanumericString(seededRandom(seed, 'seller'), 13);
  const vendorId = 'ENTITY' + alphanumericString(seededRandom(seed, 'vendor'), 13);
  const countries = regions[region].marketplaces;
  return Array.from({ length: count ?? countries.length }, (_, index) => {
    const countryCode = countries[index % countries.length];
    const round = Math.floor(index / countries.length);
    const random = round === 0 ? seededRandom(seed, region, countryCode) : seededRandom(seed, region, countryCode, round);
    let seeded = intBetween(random, 1_000_000_000_000, 4_999_999_999_999);
    while (used.has(seeded)) seeded++;
    used.add(seeded);
    const profileId = largeProfileIds ? String(FIRST_LARGE_PROFILE_ID + 2n * BigInt(index)) : String(seeded);
    const marketplace = marketplaces[countryCode];
    const isVendor = index % 3 === 1;
    const profile: Profile = {
      profileId,
      countryCode,
      currencyCode: marketplace.currencyCode,
      timezone: marketplace.timezone,
      accountInfo: {
        marketplaceStringId: marketplace.marketplaceStringId,
        id: isVendor ? vendorId : sellerId,
        type: isVendor ? 'vendor' : 'seller',
        name: `Emulator ${isVendor ? 'Vendor' : 'Seller'} ${countryCode}${round === 0 ? '' : ` ${round + 1}`}`,
      },
    };
    if (isVendor) profile.accountInfo.validPaymentMethod = true;
    else profile.dailyBudget = intBetween(random, 10, 500) * 10;
    return profile;
  });
}
