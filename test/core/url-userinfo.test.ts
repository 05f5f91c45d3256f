import { describe, expect, it } from 'vitest';
import { maskUserinfo, userinfoSecretsOf } from '../../src/core/url-userinfo.js';

describe('maskUserinfo', () => {
  it('masks the userinfo of every http(s) URL in a text, however short the password', () => {
    expect(maskUserinfo('GET http://u:pw@127.0.0.1:9/v2/profiles and https://a:b@host.example/x', '[REDACTED]')).toBe(
      'GET http://[REDACTED]@127.0.0.1:9/v2/profiles and https://[REDACTED]@host.example/x',
    );
    expect(maskUserinfo('{"url":"http://user:p@ss@host/path"}', '*')).toBe('{"url":"http://*@host/path"}');
    expect(maskUserinfo('http://only-user@host', '*')).toBe('http://*@host');
  });

  it('leaves URLs without userinfo and e-mail addresses after a URL alone', () => {
    const text = 'http://host.example/a@b and https://host:8443/x?to=me@example.com, mail me@example.com';
    expect(maskUserinfo(text, '*')).toBe(text);
  });
});

describe('userinfoSecretsOf', () => {
  it('the password as typed and decoded, user:password and its base64 (HTTP Basic)', () => {
    const secrets = userinfoSecretsOf('http://api-user:p%40ss-word@127.0.0.1:9/x');
    expect(secrets).toEqual(expect.arrayContaining(['p%40ss-word', 'p@ss-word', 'api-user:p%40ss-word', 'api-user:p@ss-word', Buffer.from('api-user:p@ss-word').toString('base64')]));
  });

  it('nothing without a password, or for text that is not a URL', () => {
    expect(userinfoSecretsOf('http://user@host')).toEqual([]);
    expect(userinfoSecretsOf('https://host')).toEqual([]);
    expect(userinfoSecretsOf('not a url')).toEqual([]);
    expect(userinfoSecretsOf(undefined)).toEqual([]);
  });
});
