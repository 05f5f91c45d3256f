// Prerequest + test of the First call list requests (first simple version).
(function listCampaigns() {
  if (pm.info.eventName !== 'test') { return; }
  var body = pm.response.json();
  var campaigns = Array.isArray(body) ? body : body.campaigns;
  pm.test('campaign list', function () {
    pm.expect(campaigns).to.be.an('array');
  });
})();
