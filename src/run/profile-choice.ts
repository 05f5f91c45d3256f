/**
 * Did the Profiles step choose the profile the user asked for? The collection's select-profile script
 * falls back to the first profile (right for a Postman user clicking through); a headless run that
 * asked for --profile-id or --country must not list another profile's campaigns, so the runner
 * turns a fallback into a failure naming what exists.
 */
import type { ClassifiedFailure } from './causes.js';

export interface ListedProfile {
  profileId: string;
  countryCode?: string;
}

/** The profiles of a Profiles response body (empty when it is not a JSON list). */
export function listedProfiles(body: string): ListedProfile[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  return json
    .filter((entry): entry is { profileId: unknown; countryCode?: unknown } => !!entry && typeof entry === 'object' && 'profileId' in entry)
    .map((entry) => ({
      profileId: String(entry.profileId),
      countryCode: typeof entry.countryCode === 'string' ? entry.countryCode : undefined,
    }));
}

/**
 * `choice` is the script's profile_choice: 'profileId', 'country' or 'first'. Undefined when the
 * choice honours what was asked (or nothing was asked, or no profile was chosen at all).
 */
export function profileChoiceFailure(
  requested: { profileId?: string; country?: string },
  choice: string | undefined,
  listed: ListedProfile[],
): ClassifiedFailure | undefined {
  if (!choice || listed.length === 0) return undefined;
  const describe = listed.map((profile) => (profile.countryCode ? `${profile.profileId} (${profile.countryCode})` : profile.profileId));
  if (requested.profileId && choice !== 'profileId') {
    return {
      cause: 'profile_not_accessible',
      message: `profile_not_accessible: profile ${requested.profileId} is not among the profiles of this login in this region; they are ${describe.join(', ')}`,
      detail: `the profiles here are ${describe.join(', ')}`,
    };
  }
  if (!requested.profileId && requested.country && choice !== 'country') {
    const countries = [...new Set(listed.map((profile) => profile.countryCode).filter(Boolean))];
    return {
      cause: 'no_profile_in_country',
      message: `no_profile_in_country: no profile in marketplace ${requested.country}; this login has profiles in ${countries.join(', ') || '(no country given)'}`,
      detail: `profiles exist in ${countries.join(', ') || '(no country given)'}`,
    };
  }
  return undefined;
}
