/**
 * Picking the profile to write to the env file: --country first, else the user's choice at a
 * prompt when interactive, else the first profile listed.
 */
import { RunFailure } from '../errors.js';
import type { Profile } from './list-profiles.js';
import type { Prompter } from './prompt.js';
import type { RegionId } from '../core/regions.js';
import { regionIds } from '../core/regions.js';

export function describeProfile(profile: Profile): string {
  const name = profile.accountInfo?.name ?? 'unnamed account';
  const type = profile.accountInfo?.type ? `, ${profile.accountInfo.type}` : '';
  return `${profile.profileId} ${profile.countryCode ?? '??'} ${name}${type}`;
}

export interface ChooseProfileInput {
  profiles: Profile[];
  region: RegionId;
  country?: string;
  prompter?: Prompter;
  log?: (line: string) => void;
}

export async function chooseProfile(input: ChooseProfileInput): Promise<Profile> {
  const { profiles, region } = input;
  if (profiles.length === 0) {
    const others = regionIds.filter((id) => id !== region).join(' or ');
    throw new RunFailure(
      `no_profiles: this login has no advertising profiles in region ${region} - try --region ${others} (each region has its own profiles), or check that the Amazon account has an Ads account`,
    );
  }
  if (input.country) {
    const wanted = input.country.toUpperCase();
    const match = profiles.find((p) => p.countryCode?.toUpperCase() === wanted);
    if (!match) {
      const countries = [...new Set(profiles.map((p) => p.countryCode ?? '??'))].join(', ');
      throw new RunFailure(`no profile with country ${wanted} in region ${region}; the profiles here are in: ${countries}`);
    }
    return match;
  }
  if (!input.prompter || profiles.length === 1) return profiles[0];
  const log = input.log ?? (() => undefined);
  log('Profiles in this region:');
  profiles.forEach((profile, index) => log(`  ${index + 1}) ${describeProfile(profile)}`));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const answer = await input.prompter.ask(`Choose a profile [1-${profiles.length}, Enter = 1]: `);
    if (answer === '') return profiles[0];
    const index = Number(answer);
    if (Number.isInteger(index) && index >= 1 && index <= profiles.length) return profiles[index - 1];
    const byId = profiles.find((p) => String(p.profileId) === answer);
    if (byId) return byId;
    log(`"${answer}" is not one of 1-${profiles.length}.`);
  }
  throw new RunFailure('no profile chosen after three tries; run again with --country CC to choose by marketplace');
}
