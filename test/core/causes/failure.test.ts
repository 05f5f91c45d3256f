import { describe, expect, it } from 'vitest';
import { failureOf } from '../../../src/core/causes/failure.js';
import { failureText, splitFailureText } from '../../../src/core/causes/failure-text.js';
import { causeIds, describeCause, explainCause } from '../../../src/core/causes/table.js';

describe('failureText / splitFailureText: the one form a failure travels in', () => {
  it('keeps the line a person reads first and the data on its own line', () => {
    const message = failureText('throttled', 'HTTP 429 still after 5 retries', { host: 'a.example', endpoint: 'token' });
    expect(message.split('\n')[0]).toBe('throttled: HTTP 429 still after 5 retries');
    expect(splitFailureText(message)).toEqual({ text: 'throttled: HTTP 429 still after 5 retries', data: { cause: 'throttled', host: 'a.example', endpoint: 'token' } });
  });

  it('finds the data behind a prefix Newman or chai adds and keeps words chai appends after it', () => {
    const message = `AssertionError: ${failureText('invalid_request', 'set client_id')}: expected [ 'client_id' ] to be empty`;
    expect(splitFailureText(message)).toEqual({ text: "AssertionError: invalid_request: set client_id: expected [ 'client_id' ] to be empty", data: { cause: 'invalid_request' } });
  });

  it('a text without data, or with data that is not a JSON object, has none', () => {
    expect(splitFailureText('invalid_grant: words only')).toEqual({ text: 'invalid_grant: words only' });
    expect(splitFailureText('x\nfailure-data: [1]')).toEqual({ text: 'x\nfailure-data: [1]' });
  });
});

describe('failureOf: one typed failure per cause', () => {
  it.each(causeIds)('%s, reported by a script with its fields, is read from the data, never from the words', (cause) => {
    const failure = failureOf({ message: failureText(cause, 'words that name no cause: ECONNREFUSED, the token endpoint at x.example', { host: 'h.example:1', detail: 'd' }), kind: 'assertion' });
    expect(failure).toEqual({ cause, host: 'h.example:1', detail: 'd', message: `${cause}: words that name no cause: ECONNREFUSED, the token endpoint at x.example` });
    expect(explainCause(failure)).toMatch(new RegExp(`^${cause}: .+ \\(h\\.example:1\\); d - .+`));
  });

  it('a cause id in the words alone is not a cause: a failed assertion or a script error', () => {
    expect(failureOf({ message: 'invalid_grant: the refresh token was rejected', kind: 'assertion' }).cause).toBe('assertion_failed');
    expect(failureOf({ message: 'ReferenceError: x is not defined', kind: 'script' }).cause).toBe('script_error');
  });

  it('data naming an unknown cause is not trusted', () => {
    expect(failureOf({ message: 'x\nfailure-data: {"cause":"nope"}', kind: 'assertion' }).cause).toBe('assertion_failed');
  });

  it('the token endpoint wording comes with endpoint: token', () => {
    const failure = failureOf({ message: failureText('server_error', 'HTTP 503', { host: 'api.amazon.com', endpoint: 'token' }), kind: 'assertion' });
    expect(explainCause(failure)).toMatch(/^server_error: the token endpoint \(Login with Amazon\) kept failing .* \(api\.amazon\.com\) - run again later; the credentials are not the problem$/);
    expect(explainCause(failureOf({ message: failureText('server_error', 'HTTP 503'), kind: 'assertion' }))).toMatch(/^server_error: the Ads API kept answering 5xx/);
  });

  it("Newman's request errors: the cause from the error code, the host from the error's fields or the URL", () => {
    expect(failureOf({ message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED', address: '127.0.0.1', port: 9, kind: 'request' })).toMatchObject({ cause: 'host_unreachable', host: '127.0.0.1:9' });
    expect(failureOf({ message: 'getaddrinfo ENOTFOUND api.nowhere.invalid', code: 'ENOTFOUND', hostname: 'api.nowhere.invalid', url: 'http://api.nowhere.invalid:81/x', kind: 'request' })).toMatchObject({ cause: 'host_unreachable', host: 'api.nowhere.invalid' });
    expect(failureOf({ message: 'ESOCKETTIMEDOUT', code: 'ESOCKETTIMEDOUT', url: 'https://a.example/x', kind: 'request' })).toMatchObject({ cause: 'timeout', host: 'a.example' });
    expect(failureOf({ message: 'self-signed certificate', code: 'DEPTH_ZERO_SELF_SIGNED_CERT', url: 'https://b.example', kind: 'request' })).toMatchObject({ cause: 'tls_error', host: 'b.example' });
    expect(failureOf({ message: 'socket hang up', url: 'https://c.example', kind: 'request' })).toMatchObject({ cause: 'host_unreachable', host: 'c.example' });
  });

  it("the libraries' own words: the sandbox's script time limit and the body cut at --max-response-mb", () => {
    expect(failureOf({ message: 'Error: Script execution timed out after 30000ms', kind: 'script' }).cause).toBe('script_timeout');
    expect(failureOf({ message: 'x', code: 'ERR_SCRIPT_EXECUTION_TIMEOUT', kind: 'script' }).cause).toBe('script_timeout');
    expect(failureOf({ message: 'Maximum response size reached', url: 'http://d.example/', kind: 'request' })).toMatchObject({ cause: 'response_too_large', host: 'd.example' });
  });
});

describe('the one wording of each cause', () => {
  it.each(causeIds)('%s: explainCause is describeCause and the fix', (cause) => {
    expect(explainCause({ cause })).toMatch(new RegExp(`^${describeCause({ cause }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} - .+`));
  });

  it('no_profiles names the other regions', () => {
    expect(explainCause({ cause: 'no_profiles' }, 'eu')).toBe('no_profiles: no advertising profiles in this region - try the other regions: --region na or --region fe');
  });

  it('a timeout names the request and the limit; the run limit has its own cause', () => {
    expect(explainCause({ cause: 'timeout', host: '127.0.0.1:9', detail: 'POST /auth/o2/token, limit 300 ms' })).toBe(
      'timeout: request timed out (no complete answer, body included, within --timeout-request) (127.0.0.1:9); POST /auth/o2/token, limit 300 ms - raise --timeout-request (milliseconds, default 60000), or check the network',
    );
    expect(explainCause({ cause: 'run_timeout', detail: 'limit 1000 ms' })).toMatch(/^run_timeout: the run took longer than --timeout and was stopped; limit 1000 ms - raise --timeout/);
  });
});
