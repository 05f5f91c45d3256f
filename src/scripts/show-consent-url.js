// Test of "Auth grant login": tells the user which consent URL to open (first simple version).
(function showConsentUrl() {
  pm.test('consent page answered', function () {
    pm.expect(pm.response.code).to.be.below(400);
  });
})();
