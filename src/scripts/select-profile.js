// select-profile: test script of Accounts > Profiles.
//
// Chooses the advertising profile later requests send as Amazon-Advertising-API-Scope:
//   1. the profileId already set, when the list contains it;
//   2. else the first profile whose countryCode equals {{profile_country}} (any case), when set;
//   3. else the first profile.
// Stores in the environment: profileId (a string), profile_account_name (accountInfo.name),
// profile_country_code, and profile_choice ('profileId' | 'country' | 'first': which rule chose it,
// so a runner can tell that a requested id or country was not found).
// An empty list fails with `no_profiles: ...`; a body that is not a JSON list with
// `malformed_response: ...`. Skips while check-response has a retry pending or after a failed status.
(function selectProfile() {
  function value(name) {
    var v = pm.variables.get(name);
    return v === undefined || v === null ? '' : String(v).trim();
  }

  function fail(message) {
    pm.test('a profile is chosen', function () {
      pm.expect.fail(message);
    });
  }

  var code = pm.response && pm.response.code;
  if (value('retry_pending') === 'true' || !(code >= 200 && code < 300)) {
    return; // no answer (Newman reports the request error), a retry pending, or a failed status
  }

  var profiles;
  try {
    profiles = pm.response.json();
  } catch (e) {
    profiles = undefined;
  }
  if (!Array.isArray(profiles)) {
    fail('malformed_response: the Profiles response is not a JSON list of profiles - check that api_url is the Amazon Ads API host of your region');
    return;
  }
  if (profiles.length === 0) {
    fail('no_profiles: this login has no advertising profiles in this region - try the other regions (na, eu, fe), or create an advertising account for this marketplace');
    return;
  }

  var wantedId = value('profileId');
  var wantedCountry = value('profile_country').toUpperCase();
  var chosen = null;
  var choice = '';

  profiles.forEach(function (profile) {
    if (!chosen && wantedId && profile && String(profile.profileId) === wantedId) {
      chosen = profile;
      choice = 'profileId';
    }
  });
  profiles.forEach(function (profile) {
    if (!chosen && wantedCountry && profile && String(profile.countryCode || '').toUpperCase() === wantedCountry) {
      chosen = profile;
      choice = 'country';
    }
  });
  if (!chosen) {
    chosen = profiles[0];
    choice = 'first';
  }

  if (!chosen || chosen.profileId === undefined || chosen.profileId === null || chosen.profileId === '') {
    fail('malformed_response: the chosen profile has no profileId - check that api_url is the Amazon Ads API host of your region');
    return;
  }

  pm.environment.set('profileId', String(chosen.profileId));
  pm.environment.set('profile_account_name', chosen.accountInfo && chosen.accountInfo.name ? String(chosen.accountInfo.name) : '');
  pm.environment.set('profile_country_code', chosen.countryCode ? String(chosen.countryCode) : '');
  pm.environment.set('profile_choice', choice);

  pm.test('a profile is chosen', function () {
    pm.expect(String(chosen.profileId)).to.not.equal('');
  });
})();
