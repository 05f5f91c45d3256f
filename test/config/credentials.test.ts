/**
 * The one credential cleaner: how pasted credentials are cleaned (quotes and whitespace trimmed with a
 * warning, a line break rejected), the mix-ups recognised by shape, and the missing ones named.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { cleanCredentials, requireCredentials, unwrapCredential } from '../../src/config/credentials.js';

describe('cleanCredentials', () => {
  const good = {
    AMAZON_ADS_CLIENT_ID: 'amzn1.application-oa2-client.abc',
    AMAZON_ADS_CLIENT_SECRET: 'secret-value-123',
    AMAZON_ADS_REFRESH_TOKEN: 'Atzr|token',
  };

  it('leaves clean credentials alone, without warnings', () => {
    expect(cleanCredentials(good, '.env')).toEqual({ variables: good, warnings: [] });
  });

  it('trims surrounding whitespace and matching quotes, warning with the names only', () => {
    const { variables, warnings } = cleanCredentials({ ...good, AMAZON_ADS_CLIENT_SECRET: ' "secret-value-123" ', OTHER: ' x ' }, '.env');
    expect(variables.AMAZON_ADS_CLIENT_SECRET).toBe('secret-value-123');
    expect(variables.OTHER).toBe(' x ');
    expect(warnings).toEqual(['AMAZON_ADS_CLIENT_SECRET had surrounding quotes or whitespace: using it trimmed - remove them in .env or the environment']);
    expect(warnings.join()).not.toContain('secret-value-123');
    expect(unwrapCredential(`" 'x' "`)).toBe('x');
    expect(unwrapCredential(`"x'`)).toBe(`"x'`);
  });

  it('rejects a line break inside a value, naming the variable only', () => {
    expect(() => cleanCredentials({ ...good, AMAZON_ADS_REFRESH_TOKEN: 'Atzr|first\nsecond' }, '.env')).toThrow(
      new UsageError('AMAZON_ADS_REFRESH_TOKEN contains a line break: set it again as one line, in .env or the environment'),
    );
    // a trailing line break is only whitespace
    expect(cleanCredentials({ ...good, AMAZON_ADS_REFRESH_TOKEN: 'Atzr|token\n' }, '.env').variables.AMAZON_ADS_REFRESH_TOKEN).toBe('Atzr|token');
  });

  it('warns about a client id not shaped like amzn1.application-oa2-client.…, and keeps it', () => {
    const { variables, warnings } = cleanCredentials({ ...good, AMAZON_ADS_CLIENT_ID: 'my-client' }, '.env');
    expect(variables.AMAZON_ADS_CLIENT_ID).toBe('my-client');
    expect(warnings).toEqual([expect.stringMatching(/^AMAZON_ADS_CLIENT_ID does not look like .*trying it anyway/)]);
  });
});

describe('requireCredentials', () => {
  it('names every missing variable and how to obtain it', () => {
    let message = '';
    try {
      requireCredentials({ AMAZON_ADS_CLIENT_ID: 'amzn1.application-oa2-client.x' }, '.env');
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      message = (error as Error).message;
    }
    expect(message).toContain('AMAZON_ADS_CLIENT_SECRET');
    expect(message).toContain('AMAZON_ADS_REFRESH_TOKEN');
    expect(message).not.toContain('AMAZON_ADS_CLIENT_ID');
    expect(message).toContain('npm run auth');
    expect(message).toContain('Getting credentials');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('returns the three credentials, trimmed', () => {
    expect(
      requireCredentials({ AMAZON_ADS_CLIENT_ID: ' id ', AMAZON_ADS_CLIENT_SECRET: 's', AMAZON_ADS_REFRESH_TOKEN: 'r' }, '.env'),
    ).toEqual({ client_id: 'id', client_secret: 's', refresh_token: 'r' });
  });
});
