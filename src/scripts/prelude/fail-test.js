// failTest(name, message): a failed test named `name` whose message is `message` (which starts
// with CAUSE.<id>, so the runner can tell why the request failed).
function failTest(name, message) {
  pm.test(name, function () {
    pm.expect.fail(message);
  });
}
