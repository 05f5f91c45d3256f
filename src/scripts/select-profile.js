// select-profile: test script of Accounts > Profiles.
//
// Chooses the advertising profile later requests send as Amazon-Advertising-API-Scope:
//   1. the profileId already set, when the list contains it;
//   2. else the first profile whose countryCode equals {{profile_country}} (any case; UK and GB are one
//      country, lib/country.js), when set;
//   3. else the first profile.
// With {{strict_profile_choice}} = 'true' (the runner sets it when --profile-id or --country is
// given) steps 2 and 3 are not fallbacks: a profileId that is not listed fails with
// `profile_not_accessible: ...`, a profile_country (without a profileId) that no profile has with
// `no_profile_in_country: ...`, both naming what the list has (at most 20 entries, then "and N
// more"), and the run stops - whatever the size of the answer.
// Several profiles (the runner's --all-profiles, or --profile-id / --country given more than once):
// {{all_profiles}} = 'true' chooses every listed profile; else {{profile_ids}} (comma list: each must
// be listed, else profile_not_accessible naming the missing ones) then the first profile of each
// country in {{profile_countries}} (comma list: each must have one, else no_profile_in_country
// naming them). A profile listed more than once is chosen once; its id goes into
// {{profile_duplicates}} (comma list) for the runner to name. The first chosen becomes profileId (profile_choice 'all' or 'list'); the others wait
// in profile_queue (JSON [[id, country, name], ...], names cut to PROFILE_NAME_CAP, 40, characters as the
// profile table cuts them: the shared rule src/rules/shown-name.ts) for the runner's
// "Next profile" step (next-profile.js).
// Profile ids are read as digits from the response text, so ids above 2^53 keep every digit.
// Stores in the environment: profileId (a string), profile_account_name (accountInfo.name),
// profile_country_code, and profile_choice ('profileId' | 'country' | 'first': which rule chose it).
// An empty list fails with `no_profiles: ...`; a body that is not a JSON list with
// `malformed_response: ...`. Skips while check-response has a retry pending or after a failed status.
import { countryKey } from './lib/country.js';
import { value } from './lib/value.js';
import { parseKeepingProfileIds } from '../rules/profile-ids.js';
import { PROFILE_NAME_CAP, shownName } from '../rules/shown-name.js';
import { failureText } from '../core/causes/failure-text.js';

(function selectProfile() {
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
    return profile && profile.countryCode ? countryKey(profile.countryCode) : '';
  }

  function capped(list) {
    var shown = list.slice(0, LISTED_AT_MOST).join(', ');
    return list.length > LISTED_AT_MOST ? shown + ', and ' + (list.length - LISTED_AT_MOST) + ' more' : shown;
  }

  function stopRun(message) {
    fail(message);
    pm.execution.setNextRequest(null);
  }

  function listOf(text) {
    return text.split(',').map(function (entry) {
      return entry.trim();
    }).filter(function (entry) {
      return entry !== '';
    });
  }

  function nameOf(profile) {
    var name = profile && profile.accountInfo && profile.accountInfo.name ? String(profile.accountInfo.name) : '';
    return shownName(name, PROFILE_NAME_CAP);
  }

  function listedIds() {
    return capped(profiles.map(function (profile) {
      return idOf(profile) + (countryOf(profile) ? ' (' + countryOf(profile) + ')' : '');
    }));
  }

  function listedCountries() {
    var countries = [];
    profiles.forEach(function (profile) {
      var country = countryOf(profile);
      if (country && countries.indexOf(country) === -1) {
        countries.push(country);
      }
    });
    return countries.length ? capped(countries) : '(no country given)';
  }

  function store(profile, choice) {
    pm.environment.set('profileId', idOf(profile));
    pm.environment.set('profile_account_name', profile.accountInfo && profile.accountInfo.name ? String(profile.accountInfo.name) : '');
    pm.environment.set('profile_country_code', profile.countryCode ? String(profile.countryCode) : '');
    pm.environment.set('profile_choice', choice);
  }

  // Several profiles: validates every one asked for, keeps the first, queues the others.
  function chooseSeveral(all, askedIds, askedCountries) {
    var chosen = [];
    if (all) {
      chosen = profiles.filter(function (profile) {
        return idOf(profile) !== '';
      });
    } else {
      var byId = {};
      var firstInCountry = {};
      profiles.forEach(function (profile) {
        var id = idOf(profile);
        var country = countryOf(profile);
        if (id && !Object.prototype.hasOwnProperty.call(byId, id)) {
          byId[id] = profile;
        }
        if (id && country && !Object.prototype.hasOwnProperty.call(firstInCountry, country)) {
          firstInCountry[country] = profile;
        }
      });
      var missing = askedIds.filter(function (id) {
        return !Object.prototype.hasOwnProperty.call(byId, id);
      });
      if (missing.length) {
        stopRun(failureText(CAUSE.profile_not_accessible, 'profile' + (missing.length > 1 ? 's ' : ' ') + capped(missing) +
          (missing.length > 1 ? ' are' : ' is') + ' not among the profiles of this login in this region; they are ' + listedIds(), { detail: 'the profiles here are ' + listedIds() }));
        return;
      }
      var noProfile = askedCountries.filter(function (country) {
        return !Object.prototype.hasOwnProperty.call(firstInCountry, country);
      });
      if (noProfile.length) {
        stopRun(failureText(CAUSE.no_profile_in_country, 'no profile in marketplace' + (noProfile.length > 1 ? 's ' : ' ') + capped(noProfile) +
          '; this login has profiles in ' + listedCountries(), { detail: 'profiles exist in ' + listedCountries() }));
        return;
      }
      chosen = askedIds.map(function (id) {
        return byId[id];
      });
      askedCountries.forEach(function (country) {
        if (chosen.indexOf(firstInCountry[country]) === -1) {
          chosen.push(firstInCountry[country]);
        }
      });
    }
    // a profile the answer lists twice runs once, and is named (profile_duplicates)
    var seen = {};
    chosen = chosen.filter(function (profile) {
      var id = idOf(profile);
      var first = !Object.prototype.hasOwnProperty.call(seen, id);
      seen[id] = 0;
      return first;
    });
    profiles.forEach(function (profile) {
      if (Object.prototype.hasOwnProperty.call(seen, idOf(profile))) {
        seen[idOf(profile)] += 1;
      }
    });
    pm.environment.set('profile_duplicates', chosen.map(idOf).filter(function (id) {
      return seen[id] > 1;
    }).join(','));
    if (!chosen.length) {
      fail(failureText(CAUSE.malformed_response, 'no listed profile has a profileId - check that api_url is the Amazon Ads API host of your region'));
      return;
    }
    store(chosen[0], all ? 'all' : 'list');
    pm.environment.set('profile_queue', chosen.length > 1 ? JSON.stringify(chosen.slice(1).map(function (profile) {
      return [idOf(profile), profile.countryCode ? String(profile.countryCode) : '', nameOf(profile)];
    })) : '');
    pm.test('a profile is chosen', function () {
      pm.expect(chosen.length).to.be.above(0);
    });
  }

  var code = pm.response && pm.response.code;
  if (value('retry_pending') === 'true' || !(code >= 200 && code < 300)) {
    return; // no answer (Newman reports the request error), a retry pending, or a failed status
  }

  var profiles = parseProfiles(pm.response.text());
  if (!Array.isArray(profiles)) {
    fail(failureText(CAUSE.malformed_response, 'the Profiles response is not a JSON list of profiles - check that api_url is the Amazon Ads API host of your region'));
    return;
  }
  if (profiles.length === 0) {
    fail(failureText(CAUSE.no_profiles, 'this login has no advertising profiles in this region - try the other regions (na, eu, fe), or create an advertising account for this marketplace'));
    return;
  }

  var askedIds = listOf(value('profile_ids'));
  var askedCountries = listOf(value('profile_countries')).map(countryKey);
  var all = value('all_profiles').toLowerCase() === 'true';
  if (all || askedIds.length || askedCountries.length) {
    chooseSeveral(all, askedIds, askedCountries);
    return;
  }

  var strict = value('strict_profile_choice').toLowerCase() === 'true';
  var wantedId = value('profileId');
  var wantedCountry = countryKey(value('profile_country'));
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
    stopRun(failureText(CAUSE.profile_not_accessible, 'profile ' + wantedId + ' is not among the profiles of this login in this region; they are ' + listedIds(), { detail: 'the profiles here are ' + listedIds() }));
    return;
  }
  if (strict && !wantedId && wantedCountry && !byCountry) {
    stopRun(failureText(CAUSE.no_profile_in_country, 'no profile in marketplace ' + wantedCountry + '; this login has profiles in ' + listedCountries(), { detail: 'profiles exist in ' + listedCountries() }));
    return;
  }

  var chosen = byId || byCountry || profiles[0];
  var choice = byId ? 'profileId' : byCountry ? 'country' : 'first';
  if (!idOf(chosen)) {
    fail(failureText(CAUSE.malformed_response, 'the chosen profile has no profileId - check that api_url is the Amazon Ads API host of your region'));
    return;
  }

  store(chosen, choice);

  pm.test('a profile is chosen', function () {
    pm.expect(idOf(chosen)).to.not.equal('');
  });
})();
