import { describe, expect, it } from 'vitest';
import { isLoopbackHostname, loopbackHostnameOf } from '../../src/config/loopback.js';

describe('isLoopbackHostname', () => {
  it('localhost, *.localhost, 127.0.0.0/8 and ::1 are this machine', () => {
    for (const host of ['localhost', 'LOCALHOST', 'api.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost.']) {
      expect(isLoopbackHostname(host), host).toBe(true);
    }
  });

  it('other names and addresses are not', () => {
    for (const host of ['example.com', 'localhost.example.com', '10.0.0.1', '128.0.0.1', '::2', '0.0.0.0', 'token.invalid']) {
      expect(isLoopbackHostname(host), host).toBe(false);
    }
  });
});

describe('loopbackHostnameOf', () => {
  it('the host name of a loopback URL, else undefined', () => {
    expect(loopbackHostnameOf('http://user:pw@127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(loopbackHostnameOf('http://[::1]:8080')).toBe('::1');
    expect(loopbackHostnameOf('https://advertising-api.amazon.com')).toBeUndefined();
    expect(loopbackHostnameOf('{{api_url}}')).toBeUndefined();
  });
});
