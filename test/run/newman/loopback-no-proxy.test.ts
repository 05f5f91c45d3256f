import { describe, expect, it } from 'vitest';
import { bypassProxyForLoopback, noProxyFor } from '../../../src/run/newman/loopback-no-proxy.js';

describe('noProxyFor', () => {
  it('adds localhost, 127.0.0.1 and the loopback hosts of the URLs when a proxy variable is set', () => {
    expect(noProxyFor(['http://127.0.0.2:9', 'https://advertising-api.amazon.com', 'http://api.localhost:1'], { HTTPS_PROXY: 'http://proxy:3128' })).toBe(
      'localhost,127.0.0.1,127.0.0.2,api.localhost',
    );
  });

  it("keeps the user's NO_PROXY (or no_proxy) entries first and adds only what is missing", () => {
    expect(noProxyFor(['http://127.0.0.1:9'], { http_proxy: 'http://proxy:3128', no_proxy: '.corp.example, localhost' })).toBe('.corp.example,localhost,127.0.0.1');
    expect(noProxyFor(['http://127.0.0.1:9'], { HTTP_PROXY: 'http://proxy:3128', NO_PROXY: 'localhost,127.0.0.1' })).toBeUndefined();
  });

  it('changes nothing without a proxy variable, with NO_PROXY=*, and leaves IPv6 out (postman-request cannot match it)', () => {
    expect(noProxyFor(['http://127.0.0.1:9'], {})).toBeUndefined();
    expect(noProxyFor(['http://127.0.0.1:9'], { HTTP_PROXY: 'http://proxy:3128', NO_PROXY: '*' })).toBeUndefined();
    expect(noProxyFor(['http://[::1]:9'], { HTTP_PROXY: 'http://proxy:3128' })).toBe('localhost,127.0.0.1');
  });
});

describe('bypassProxyForLoopback', () => {
  it('sets NO_PROXY while runs go and puts it back when the last one ends', () => {
    const env: Record<string, string | undefined> = { HTTP_PROXY: 'http://proxy:3128', NO_PROXY: '.corp.example' };
    const first = bypassProxyForLoopback(['http://127.0.0.1:1'], env);
    expect(env.NO_PROXY).toBe('.corp.example,localhost,127.0.0.1');
    const second = bypassProxyForLoopback(['http://127.0.0.5:2'], env);
    expect(env.NO_PROXY).toBe('.corp.example,localhost,127.0.0.1,127.0.0.5');
    first();
    first();
    expect(env.NO_PROXY).toBe('.corp.example,localhost,127.0.0.1,127.0.0.5');
    second();
    expect(env.NO_PROXY).toBe('.corp.example');
  });

  it('removes the NO_PROXY it created, and does nothing without a proxy', () => {
    const env: Record<string, string | undefined> = { HTTPS_PROXY: 'http://proxy:3128' };
    const restore = bypassProxyForLoopback(['http://127.0.0.1:1'], env);
    expect(env.NO_PROXY).toBe('localhost,127.0.0.1');
    restore();
    expect('NO_PROXY' in env).toBe(false);
    const none: Record<string, string | undefined> = {};
    bypassProxyForLoopback(['http://127.0.0.1:1'], none)();
    expect(none).toEqual({});
  });
});
