import { describe, expect, it } from 'vitest';
import { listedProfiles, profileChoiceFailure } from '../../src/run/profile-choice.js';

const listed = listedProfiles(
  JSON.stringify([
    { profileId: 111, countryCode: 'UK', accountInfo: { name: 'a' } },
    { profileId: 222, countryCode: 'DE' },
  ]),
);

describe('profileChoiceFailure', () => {
  it('reads profiles from a Profiles body, and nothing from a body that is not a list', () => {
    expect(listed).toEqual([
      { profileId: '111', countryCode: 'UK' },
      { profileId: '222', countryCode: 'DE' },
    ]);
    expect(listedProfiles('not json')).toEqual([]);
    expect(listedProfiles('{"a":1}')).toEqual([]);
  });

  it('accepts the choice that honours what was asked', () => {
    expect(profileChoiceFailure({}, 'first', listed)).toBeUndefined();
    expect(profileChoiceFailure({ profileId: '222' }, 'profileId', listed)).toBeUndefined();
    expect(profileChoiceFailure({ country: 'DE' }, 'country', listed)).toBeUndefined();
  });

  it('fails a fallback from a requested profile id, listing the ids that exist', () => {
    const failure = profileChoiceFailure({ profileId: '999' }, 'first', listed);
    expect(failure?.cause).toBe('profile_not_accessible');
    expect(failure?.message).toContain('profile 999');
    expect(failure?.message).toContain('111 (UK), 222 (DE)');
  });

  it('fails a fallback from a requested country, listing the countries that exist', () => {
    const failure = profileChoiceFailure({ country: 'JP' }, 'first', listed);
    expect(failure?.cause).toBe('no_profile_in_country');
    expect(failure?.message).toContain('UK, DE');
  });
});
