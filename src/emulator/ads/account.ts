/**
 * The advertiser behind the demo login, in one region: its profiles, a manager account linking them,
 * and each profile's SP, SB and SD campaigns (generated lazily, see campaign-book.ts).
 */
import type { ResolvedOptions } from '../options.js';
import { alphanumericString, seededRandom } from '../seeded.js';
import { CampaignBook } from './campaign-book.js';
import {
  generateSbCampaign,
  generateSdCampaign,
  generateSpCampaign,
  type SbCampaign,
  type SdCampaign,
  type SpCampaign,
} from './campaign-data.js';
import { generateProfiles, type Profile } from './profiles-data.js';
import { generateAdvertiserAccounts, type AdvertiserAccount } from './advertiser-accounts-data.js';

export interface ProfileCampaigns {
  sp: CampaignBook<SpCampaign>;
  sb: CampaignBook<SbCampaign>;
  sd: CampaignBook<SdCampaign>;
}

export class AdsAccount {
  readonly profiles: Profile[];
  readonly managerAccountId: string;
  /** The Unified API's view of the same login: advertiser accounts grouping the profiles. */
  readonly advertiserAccounts: AdvertiserAccount[];
  private readonly books = new Map<string, ProfileCampaigns>();
  private readonly byScope: Map<string, Profile>;

  constructor(private readonly options: ResolvedOptions) {
    this.profiles = options.emptyProfiles ? [] : generateProfiles(options.region, options.seed, { count: options.profiles, largeProfileIds: options.largeProfileIds });
    this.byScope = new Map(this.profiles.map((profile) => [String(profile.profileId), profile]));
    this.managerAccountId = 'amzn1.ads1.ma1.' + alphanumericString(seededRandom(options.seed, 'manager'), 24).toLowerCase();
    this.advertiserAccounts = generateAdvertiserAccounts(this.profiles, options.seed);
  }

  /** The advertiser account an Amazon-Ads-AccountId header names, if this login may use it. */
  advertiserAccountFor(accountId: string): AdvertiserAccount | undefined {
    return this.advertiserAccounts.find((account) => account.advertiserAccountId === accountId);
  }

  /** Brand entity of a profile's Sponsored Brands campaigns. */
  brandEntityIdOf(profile: Profile): string {
    return 'ENTITY' + alphanumericString(seededRandom(this.options.seed, profile.profileId, 'brand'), 13);
  }

  /** The profile a scope header names, if this login may use it. */
  profileForScope(scope: string): Profile | undefined {
    if (!/^\d+$/.test(scope)) return undefined;
    return this.byScope.get(scope);
  }

  /** True for the profile the deniedProfile fault names: its scoped calls answer 403. */
  isDenied(profile: Profile): boolean {
    const position = this.options.deniedProfile;
    return position !== undefined && this.profiles[position - 1] === profile;
  }

  campaignsOf(profile: Profile): ProfileCampaigns {
    let books = this.books.get(profile.profileId);
    if (!books) {
      const { seed, campaigns, sbCampaigns, sdCampaigns } = this.options;
      const { profileId, countryCode } = profile;
      const brandEntityId = this.brandEntityIdOf(profile);
      books = {
        sp: new CampaignBook({
          generated: campaigns,
          key: `${seed}|${profileId}|sp`,
          generate: (i, id) => generateSpCampaign(seed, profileId, countryCode, i, id),
        }),
        sb: new CampaignBook({
          generated: sbCampaigns,
          key: `${seed}|${profileId}|sb`,
          generate: (i, id) => generateSbCampaign(seed, profileId, countryCode, i, id, brandEntityId),
        }),
        sd: new CampaignBook({
          generated: sdCampaigns,
          key: `${seed}|${profileId}|sd`,
          generate: (i, id) => generateSdCampaign(seed, profileId, countryCode, i, id),
        }),
      };
      this.books.set(profileId, books);
    }
    return books;
  }
}
