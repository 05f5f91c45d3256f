/**
 * The two checks dotenv does not make, unit by unit: which env file lines are syntax errors, and how
 * pasted credentials are cleaned (quotes and whitespace trimmed with a warning, a line break rejected).
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { cleanCredentials, unwrapCredential } from '../../src/run/credential-hygiene.js';
import { checkEnvFileSyntax, envFileSyntaxProblem } from '../../src/run/env-file-syntax.js';

describe('envFileSyntaxProblem', () => {
  it('accepts what dotenv reads: blanks, comments, KEY=VALUE, export, KEY: VALUE, quoted values over several lines', () => {
    const text = [
      '# comment',
      '',
      '   ',
      'A=1',
      'export B = two words # trailing comment',
      'C: colon form',
      'EMPTY=',
      'D="multi',
      'line value with = and # inside',
      'end"',
      "E='single ''",
      'F=`back`',
      'G="escaped \\" quote"',
      'dotted.name-x=1',
    ].join('\r\n');
    expect(envFileSyntaxProblem(text)).toBeUndefined();
  });

  it('names the first line that is neither blank, a comment nor KEY=VALUE', () => {
    expect(envFileSyntaxProblem('A=1\nAtzr|pasted-token-without-a-name\nB=2')).toEqual({ line: 2, problem: expect.stringMatching(/not KEY=VALUE/) });
    expect(envFileSyntaxProblem('A=1\nB 2\n')?.line).toBe(2);
    expect(envFileSyntaxProblem('=value')?.line).toBe(1);
    expect(envFileSyntaxProblem('C:no-space')?.line).toBe(1);
  });

  it('names a quote that is never closed by the line that opens it', () => {
    expect(envFileSyntaxProblem('A=1\nB="open\nC=3\n')).toEqual({ line: 2, problem: 'opens a " quote that is never closed' });
  });

  it('throws a one-line UsageError that never quotes the line', () => {
    const secret = 'Atzr|never-printed-0123456789';
    let error: unknown;
    try {
      checkEnvFileSyntax(`A=1\n${secret}\n`, '.env');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('env file ".env" line 2 is not KEY=VALUE (nor blank or a # comment): fix that line or comment it out with #');
  });
});

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
