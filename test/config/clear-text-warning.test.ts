import { describe, expect, it } from 'vitest';
import { clearTextWarnings } from '../../src/config/clear-text-warning.js';

describe('clearTextWarnings', () => {
  it('warns about plain http:// to another machine, naming the host only (never a password)', () => {
    const warnings = clearTextWarnings('http://user:Secret-Pass@token.example.com:8080/auth/o2/token');
    expect(warnings).toEqual([
      'the token URL http://token.example.com:8080 is plain http:// to another machine: the client secret and refresh token would travel in clear text - use https:// (--token-url / AMAZON_ADS_TOKEN_URL)',
    ]);
    expect(warnings.join('')).not.toContain('Secret-Pass');
  });

  it('says nothing for https://, for this machine, or for text that is not a URL', () => {
    for (const url of ['https://api.amazon.com/auth/o2/token', 'http://127.0.0.1:9/auth/o2/token', 'http://localhost:8080/t', 'http://[::1]:9/t', 'nope']) {
      expect(clearTextWarnings(url), url).toEqual([]);
    }
  });
});
