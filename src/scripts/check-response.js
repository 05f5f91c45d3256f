// Collection test: checks the status of every Ads API response (first simple version).
(function checkResponse() {
  var code = pm.response.code;
  pm.variables.set('retry_pending', '');
  if (code >= 200 && code < 300) { return; }
  pm.test('response status is 2xx', function () {
    pm.expect.fail('unexpected_status: HTTP ' + code);
  });
})();
