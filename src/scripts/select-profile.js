// Test of Accounts/Profiles: chooses the profile (first simple version).
(function selectProfile() {
  var profiles = pm.response.json();
  pm.test('at least one profile', function () {
    pm.expect(profiles.length, 'no_profiles: no advertising profiles in this region for this login').to.be.above(0);
  });
  if (profiles.length) {
    pm.environment.set('profileId', String(profiles[0].profileId));
  }
})();
