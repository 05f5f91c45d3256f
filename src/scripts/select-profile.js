// select-profile: test script of Accounts > Profiles.
//
// Chooses the advertising profile later requests send as Amazon-Advertising-API-Scope:
//   1. the profileId already set, when the list contains it;
//   2. else the first profile whose countryCode equals {{profile_country}} (any case), when set;
//   3. else the first profile.
// With {{strict_profile_choice}} = 'true' (the runner sets it when --profile-id or --country is
// given) steps 2 and 3 are not fallbacks: a profileId that is not listed fails with
// `profile_not_accessible: ...`, a profile_country (without a profileId) that no profile has with
// `no_profile_in_country: ...`, both naming what the list has (at most 20 entries, then "and N
// more"), and the run stops - whatever the size of the answer.
// Profile ids are read as digits from the response text, so ids above 2^53 keep every digit.
// Stores in the environment: profileId (a string), profile_account_name (accountInfo.name),
// profile_country_code, and profile_choice ('profileId' | 'country' | 'first': which rule chose it).
// An empty list fails with `no_profiles: ...`; a body that is not a JSON list with
// `malformed_response: ...`. Skips while check-response has a retry pending or after a failed status.
(function selectProfile() {
  // @prelude value profile-ids
  var LISTED_AT_MOST = 20;

  function fail(message) {
    pm.test('a profile is chosen', function () {
      pm.expect.fail(message);
    });
  }

  function parseProfiles(text) {
    try {
      return parseKeepingProfileIds(text);
    } catch (e) {
      return undefined;
    }
  }

  function idOf(profile) {
    return profile && profile.profileId !== undefined && profile.profileId !== null ? String(profile.profileId) : '';
  }

  function countryOf(profile) {
    return profile && profile.countryCode ? String(profile.countryCode).toUpperCase() : '';
  }

  function capped(list) {
    var shown = list.slice(0, LISTED_AT_MOST).join(', ');
    return list.length > LISTED_AT_MOST ? shown + ', and ' + (list.length - LISTED_AT_MOST) + ' more' : shown;
  }

  function stopRun(message) {
    fail(message);
    pm.execution.setNextRequest(null);
  }

  var code = pm.response && pm.response.code;
  if (value('retry_pending') === 'true' || !(code >= 200 && code < 300)) {
    return; // no answer (Newman reports the request error), a retry pending, or a failed status
  }

  var profiles = parseProfiles(pm.response.text());
  if (!Array.isArray(profiles)) {
    fail(CAUSE.malformed_response + ': the Profiles response is not a JSON list of profiles - check that api_url is the Amazon Ads API host of your region');
    return;
  }
  if (profiles.length === 0) {
    fail(CAUSE.no_profiles + ': this login has no advertising profiles in this region - try the other regions (na, eu, fe), or create an advertising account for this marketplace');
    return;
  }

  var strict = value('strict_profile_choice').toLowerCase() === 'true';
  var wantedId = value('profileId');
  var wantedCountry = value('profile_country').toUpperCase();
  var byId = null;
  var byCountry = null;
  for (var i = 0; i < profiles.length && !byId; i++) {
    if (wantedId && idOf(profiles[i]) === wantedId) {
      byId = profiles[i];
    }
    if (!byCountry && wantedCountry && countryOf(profiles[i]) === wantedCountry) {
      byCountry = profiles[i];
    }
  }

  if (strict && wantedId && !byId) {
    stopRun(CAUSE.profile_not_accessible + ': profile ' + wantedId + ' is not among the profiles of this login in this region; they are ' +
      capped(profiles.map(function (profile) {
        return idOf(profile) + (countryOf(profile) ? ' (' + countryOf(profile) + ')' : '');
      })));
    return;
  }
  if (strict && !wantedId && wantedCountry && !byCountry) {
    var countries = [];
    profiles.forEach(function (profile) {
      var country = countryOf(profile);
      if (country && countries.indexOf(country) === -1) {
        countries.push(country);
      }
    });
    stopRun(CAUSE.no_profile_in_country + ': no profile in marketplace ' + wantedCountry + '; this login has profiles in ' +
      (countries.length ? capped(countries) : '(no country given)'));
    return;
  }

  var chosen = byId || byCountry || profiles[0];
  var choice = byId ? 'profileId' : byCountry ? 'country' : 'first';
  if (!idOf(chosen)) {
    fail(CAUSE.malformed_response + ': the chosen profile has no profileId - check that api_url is the Amazon Ads API host of your region');
    return;
  }

  pm.environment.set('profileId', idOf(chosen));
  pm.environment.set('profile_account_name', chosen.accountInfo && chosen.accountInfo.name ? String(chosen.accountInfo.name) : '');
  pm.environment.set('profile_country_code', chosen.countryCode ? String(chosen.countryCode) : '');
  pm.environment.set('profile_choice', choice);

  pm.test('a profile is chosen', function () {
    pm.expect(idOf(chosen)).to.not.equal('');
  });
})();
