// failTest(name, message): a failed test named `name` whose message is `message` (made by
// failureText(CAUSE.<id>, ...), so the runner can tell why the request failed).
export function failTest(name, message) {
  pm.test(name, function () {
    pm.expect.fail(message);
  });
}
