import { describe, expect, it } from 'vitest';
import { DEFAULT_REDIRECT_URI, resolveSettings } from '../../src/auth/settings.js';
import { cleanCredentials } from '../../src/config/credentials.js';
import { regions } from '../../src/core/regions.js';
import { UsageError } from '../../src/errors.js';

const base = { envFile: '.env' };

describe('resolveSettings', () => {
  it("takes the region's hosts from the catalog by default", () => {
    const settings = resolveSettings({ ...base, region: 'fe' }, {}, {});
    expect(settings).toMatchObject({
      region: 'fe',
      apiUrl: regions.fe.api_url,
      tokenUrl: regions.fe.token_url,
      authGrantUrl: regions.fe.auth_grant_url,
      redirectUri: DEFAULT_REDIRECT_URI,
      redirectUriGiven: false,
    });
  });

  it('overrides hosts with flags first, then the environment, then the env file', () => {
    const env = { AMAZON_ADS_API_URL: 'http://127.0.0.1:1/env', AMAZON_ADS_TOKEN_URL: 'http://127.0.0.1:1/env/token' };
    const file = { AMAZON_ADS_API_URL: 'http://127.0.0.1:2/file', AMAZON_ADS_AUTH_GRANT_URL: 'http://127.0.0.1:2/ap/oa' };
    const settings = resolveSettings({ ...base, region: 'eu', tokenUrl: 'http://127.0.0.1:3/flag/' }, env, file);
    expect(settings.apiUrl).toBe('http://127.0.0.1:1/env');
    expect(settings.tokenUrl).toBe('http://127.0.0.1:3/flag');
    expect(settings.authGrantUrl).toBe('http://127.0.0.1:2/ap/oa');
  });

  it('reads the client id and secret from the environment, else the env file', () => {
    const settings = resolveSettings(
      base,
      { AMAZON_ADS_CLIENT_ID: 'amzn1.application-oa2-client.env' },
      { AMAZON_ADS_CLIENT_ID: 'amzn1.application-oa2-client.file', AMAZON_ADS_CLIENT_SECRET: 'file-secret' },
    );
    expect(settings.clientId).toBe('amzn1.application-oa2-client.env');
    expect(settings.clientSecret).toBe('file-secret');
    expect(settings.warnings).toEqual([]);
  });

  it('defaults the region to AMAZON_ADS_REGION, else na, and rejects an unknown one naming the valid ones', () => {
    expect(resolveSettings(base, {}, { AMAZON_ADS_REGION: 'eu' }).region).toBe('eu');
    expect(resolveSettings(base, {}, {}).region).toBe('na');
    expect(() => resolveSettings({ ...base, region: 'xx' }, {}, {})).toThrow(/unknown region "xx".*na, eu, fe/);
  });

  it('keeps the host overrides given as flags for the Next: hint (variables stay set where they were)', () => {
    const settings = resolveSettings(
      { ...base, region: 'eu', apiUrl: 'http://127.0.0.1:3/', tokenUrl: 'http://127.0.0.1:3/auth/o2/token' },
      { AMAZON_ADS_AUTH_GRANT_URL: 'http://127.0.0.1:3/ap/oa' },
      {},
    );
    expect(settings.hostFlags).toEqual(['--api-url http://127.0.0.1:3', '--token-url http://127.0.0.1:3/auth/o2/token']);
    expect(resolveSettings(base, {}, {}).hostFlags).toEqual([]);
  });

  it('masks a password in a host flag of the Next: hint, and warns once about a plain http:// token URL to another machine', () => {
    const settings = resolveSettings({ ...base, apiUrl: 'http://u:Secret-Pw@127.0.0.1:3', tokenUrl: 'http://u:Secret-Pw@token.example/auth/o2/token' }, {}, {});
    expect(settings.hostFlags).toEqual(['--api-url http://[REDACTED]@127.0.0.1:3', '--token-url http://[REDACTED]@token.example/auth/o2/token']);
    expect(settings.warnings).toEqual([expect.stringMatching(/^the token URL http:\/\/token\.example is plain http:\/\/ to another machine: .*clear text/)]);
    expect(resolveSettings({ ...base, tokenUrl: 'http://127.0.0.1:3/auth/o2/token' }, {}, {}).warnings).toEqual([]);
  });

  it('rejects a host that is not an http(s) URL', () => {
    expect(() => resolveSettings({ ...base, apiUrl: 'not a url' }, {}, {})).toThrow(UsageError);
    expect(() => resolveSettings({ ...base, tokenUrl: 'ftp://x/y' }, {}, {})).toThrow(/http/);
  });

  it('takes the redirect_uri from the flag, the environment, or the redirect URL', () => {
    expect(resolveSettings({ ...base, redirectUri: 'https://amazon.com' }, {}, {}).redirectUri).toBe('https://amazon.com');
    expect(resolveSettings(base, { AMAZON_ADS_REDIRECT_URI: 'https://example.com/cb' }, {}).redirectUri).toBe('https://example.com/cb');
    const derived = resolveSettings({ ...base, redirectUrl: 'https://example.com/back?code=AN&state=s' }, {}, {});
    expect(derived).toMatchObject({ redirectUri: 'https://example.com/back', redirectUriGiven: true, redirectUriCandidates: [] });
  });

  it('leaves the redirect_uri open when the redirect URL\'s path is just "/" (the consent may have named it without the slash)', () => {
    const derived = resolveSettings({ ...base, redirectUrl: 'https://amazon.com/?code=AN&state=s' }, {}, {});
    expect(derived).toMatchObject({ redirectUriGiven: false, redirectUriCandidates: ['https://amazon.com', 'https://amazon.com/'] });
    const given = resolveSettings({ ...base, redirectUrl: 'https://amazon.com/?code=AN', redirectUri: 'https://amazon.com' }, {}, {});
    expect(given).toMatchObject({ redirectUri: 'https://amazon.com', redirectUriGiven: true, redirectUriCandidates: [] });
  });

  it('warns (but goes on) when the client id does not look like an LWA client id', () => {
    const settings = resolveSettings({ ...base, clientId: 'my-app' }, {}, {});
    expect(settings.clientId).toBe('my-app');
    expect(settings.warnings.join()).toMatch(/does not look like a Login with Amazon client id \(amzn1\.application-oa2-client/);
  });
});

describe('credential cleaning (the run\'s cleaner)', () => {
  it('trims whitespace and surrounding quotes with a warning that does not contain the value', () => {
    const settings = resolveSettings({ ...base, clientSecret: '  "s3cret-value"\t' }, {}, {});
    expect(settings.clientSecret).toBe('s3cret-value');
    expect(settings.warnings).toHaveLength(1);
    expect(settings.warnings[0]).not.toContain('s3cret-value');
  });

  it('gives the same value as the run for the same pasted input (quotes inside quotes too)', () => {
    for (const pasted of [` " 'amzn1.oa2-cs.v1.x' " `, `'"amzn1.oa2-cs.v1.y"'`, '  amzn1.oa2-cs.v1.z\n', `"amzn1.oa2-cs.v1.q'`]) {
      const run = cleanCredentials({ AMAZON_ADS_CLIENT_SECRET: pasted }, '.env').variables.AMAZON_ADS_CLIENT_SECRET;
      const auth = resolveSettings({ ...base, clientSecret: pasted }, {}, {}).clientSecret;
      expect(auth, pasted).toBe(run);
    }
  });

  it('rejects a line break inside', () => {
    expect(() => resolveSettings({ ...base, clientSecret: 'abc\ndef' }, {}, {})).toThrow(/line break/);
  });

  it('treats an empty value as missing', () => {
    expect(resolveSettings({ ...base, clientId: '  ' }, {}, {}).clientId).toBeUndefined();
  });

  it('recognises client id and secret swapped, without printing either', () => {
    const id = 'amzn1.application-oa2-client.0123456789abcdef';
    const secret = 'amzn1.oa2-cs.v1.fedcba9876543210';
    let message = '';
    try {
      resolveSettings({ ...base, clientId: secret, clientSecret: id }, {}, {});
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^client id and secret are swapped/);
    expect(message).not.toContain('0123456789abcdef');
    expect(message).not.toContain('fedcba9876543210');
  });
});
