import { describe, expect, it } from 'vitest';
import { causeIds, causes, classifyFailure, explainCause } from '../../src/run/causes.js';

describe('classifyFailure', () => {
  it('reads the cause id a script put in front of its message', () => {
    expect(classifyFailure({ message: 'invalid_grant: the refresh token was rejected', kind: 'assertion' }).cause).toBe('invalid_grant');
    expect(classifyFailure({ message: 'AssertionError: no_profiles: none here', kind: 'assertion' }).cause).toBe('no_profiles');
  });

  it('maps every script cause id of the brief to a line of its own', () => {
    const scriptIds = [
      'invalid_client', 'invalid_grant', 'invalid_request', 'unsupported_grant_type', 'token_request_failed', 'no_profiles',
      'scope_missing', 'profile_not_accessible', 'unauthorized', 'unsupported_media_type', 'throttled', 'server_error',
      'malformed_response', 'repeated_next_token', 'unexpected_status',
    ];
    for (const id of scriptIds) {
      expect(causeIds).toContain(id);
      expect(classifyFailure({ message: `${id}: details`, kind: 'assertion' }).cause).toBe(id);
    }
  });

  it("maps Newman's connection errors, naming the host", () => {
    expect(classifyFailure({ message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED', kind: 'request' })).toMatchObject({
      cause: 'host_unreachable',
      host: '127.0.0.1:9',
    });
    expect(classifyFailure({ message: 'getaddrinfo ENOTFOUND api.nowhere.invalid', kind: 'request' })).toMatchObject({
      cause: 'host_unreachable',
      host: 'api.nowhere.invalid',
    });
    expect(classifyFailure({ message: 'ESOCKETTIMEDOUT', code: 'ESOCKETTIMEDOUT', url: 'https://a.example/x', kind: 'request' })).toMatchObject({
      cause: 'timeout',
      host: 'a.example',
    });
    expect(classifyFailure({ message: 'self-signed certificate', code: 'DEPTH_ZERO_SELF_SIGNED_CERT', url: 'https://b.example', kind: 'request' })).toMatchObject({
      cause: 'tls_error',
      host: 'b.example',
    });
  });

  it('prefers the network error inside a script message over the script cause id', () => {
    expect(classifyFailure({ message: 'token_request_failed: could not reach 127.0.0.1:9 (ECONNREFUSED)', kind: 'assertion' }).cause).toBe(
      'host_unreachable',
    );
  });

  it("reads the sandbox's time limit as script_timeout, not a broken script", () => {
    expect(classifyFailure({ message: 'Error: Script execution timed out after 30000ms', kind: 'script' }).cause).toBe('script_timeout');
    expect(classifyFailure({ message: 'Script execution timed out after 5ms', kind: 'assertion' }).cause).toBe('script_timeout');
    expect(explainCause({ cause: 'script_timeout' })).toMatch(/^script_timeout: a collection script ran longer than .* - raise --timeout-script/);
  });

  it('falls back to a generic cause', () => {
    expect(classifyFailure({ message: 'expected 1 to equal 2', kind: 'assertion' }).cause).toBe('assertion_failed');
    expect(classifyFailure({ message: 'ReferenceError: x is not defined', kind: 'script' }).cause).toBe('script_error');
  });
});

describe('explainCause', () => {
  it('words each cause of the issue for a human', () => {
    expect(explainCause({ cause: 'invalid_client' })).toMatch(/^invalid_client: wrong client id or secret - /);
    expect(explainCause({ cause: 'invalid_grant' })).toMatch(/^invalid_grant: refresh token rejected \(revoked, or issued to another app\)/);
    expect(explainCause({ cause: 'no_profiles' }, 'eu')).toBe(
      'no_profiles: no advertising profiles in this region - try the other regions: --region na or --region fe',
    );
    expect(explainCause({ cause: 'scope_missing' })).toMatch(/^scope_missing: scope missing/);
    expect(explainCause({ cause: 'profile_not_accessible' })).toMatch(/^profile_not_accessible: profile not accessible/);
    expect(explainCause({ cause: 'host_unreachable', host: 'x.example:443' })).toMatch(/^host_unreachable: host unreachable \(x\.example:443\) - /);
  });

  it('has a what and a fix for every cause', () => {
    for (const id of causeIds) {
      expect(causes[id].what.length).toBeGreaterThan(5);
      expect(causes[id].fix.length).toBeGreaterThan(5);
    }
  });
});

describe('classifyFailure details', () => {
  it('carries what exists from the select-profile message into the one-line explanation', () => {
    const byId = classifyFailure({ message: 'profile_not_accessible: profile 1 is not among the profiles of this login in this region; they are 2 (US), 3 (CA)', kind: 'script' });
    expect(explainCause(byId)).toMatch(/^profile_not_accessible: profile not accessible with these credentials; the profiles here are 2 \(US\), 3 \(CA\) - /);
    const byCountry = classifyFailure({ message: 'no_profile_in_country: no profile in marketplace US; this login has profiles in JP, AU', kind: 'script' });
    expect(explainCause(byCountry)).toMatch(/^no_profile_in_country: no profile in the requested marketplace; profiles exist in JP, AU - /);
  });
});

describe('failures at the token endpoint', () => {
  it.each([
    ['throttled: the token endpoint at api.amazon.com answered HTTP 429 still after 5 retries - wait', /^throttled: the token endpoint \(Login with Amazon\) still answered 429 after the retries \(api\.amazon\.com\) - wait a few minutes/],
    ['server_error: the token endpoint at api.amazon.com answered HTTP 500 (OAuth server_error) still after 3 retries', /^server_error: the token endpoint \(Login with Amazon\) kept failing .* \(api\.amazon\.com\) - run again later; the credentials are not the problem$/],
    ['malformed_response: the token endpoint at 127.0.0.1:9 answered HTTP 200 with a body that is not JSON', /^malformed_response: the token endpoint answered something that is not JSON \(an HTML page\?\) \(127\.0\.0\.1:9\) - check that --token-url/],
  ])('%s: the token host and words for Login with Amazon, never --api-url or client_id', (message, expected) => {
    const failure = classifyFailure({ message, kind: 'assertion' });
    expect(failure.endpoint).toBe('token');
    const line = explainCause(failure);
    expect(line).toMatch(expected);
    expect(line).not.toMatch(/--api-url|client_id|Ads API/);
  });

  it('the same causes from the Ads API keep their own words', () => {
    const failure = classifyFailure({ message: 'server_error: HTTP 503 still after 3 retries - the Amazon Ads API is failing', kind: 'assertion' });
    expect(failure.endpoint).toBeUndefined();
    expect(explainCause(failure)).toMatch(/^server_error: the Ads API kept answering 5xx/);
  });

  it('a timeout names the request and the limit; the run limit has its own cause', () => {
    expect(explainCause({ cause: 'timeout', host: '127.0.0.1:9', detail: 'POST /auth/o2/token, limit 300 ms' })).toBe(
      'timeout: request timed out (no complete answer, body included, within --timeout-request) (127.0.0.1:9); POST /auth/o2/token, limit 300 ms - raise --timeout-request (milliseconds, default 60000), or check the network',
    );
    expect(explainCause({ cause: 'run_timeout', detail: 'limit 1000 ms' })).toMatch(/^run_timeout: the run took longer than --timeout and was stopped; limit 1000 ms - raise --timeout/);
  });
});
