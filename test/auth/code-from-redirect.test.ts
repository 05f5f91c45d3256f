import { describe, expect, it } from 'vitest';
import { codeFromRedirect, ForeignRedirect } from '../../src/auth/code-from-redirect.js';
import { RunFailure, UsageError } from '../../src/errors.js';

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('codeFromRedirect', () => {
  it('takes a bare code as it is (trimmed)', () => {
    expect(codeFromRedirect('  ANabc123  ', { state: 's' })).toBe('ANabc123');
  });

  it('takes the code from a full redirect URL whose state matches', () => {
    expect(codeFromRedirect('https://amazon.com/?code=ANxyz&scope=advertising%3A%3Acampaign_management&state=s1', { state: 's1' })).toBe('ANxyz');
  });

  it('refuses a URL without state when the run made one (login CSRF): a ForeignRedirect, exit 2; without a state of its own it takes it', () => {
    const error = thrown(() => codeFromRedirect('http://localhost:8765/callback?code=ANq', { state: 's1' }));
    expect(error).toBeInstanceOf(ForeignRedirect);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/^the redirect carries no state, /);
    expect(error.message).not.toContain('ANq');
    expect(codeFromRedirect('http://localhost:8765/callback?code=ANq', {})).toBe('ANq');
  });

  it('takes a pasted query string or path', () => {
    expect(codeFromRedirect('?code=AN1&state=s', { state: 's' })).toBe('AN1');
    expect(codeFromRedirect('/callback?code=AN2', {})).toBe('AN2');
    expect(codeFromRedirect('code=AN3&state=s', { state: 's' })).toBe('AN3');
  });

  it('rejects a state mismatch as a usage error (exit 2) that names it', () => {
    const error = thrown(() => codeFromRedirect('https://amazon.com/?code=AN&state=forged', { state: 'mine' }));
    expect(error).toBeInstanceOf(ForeignRedirect);
    expect(error.message).toMatch(/^state mismatch: /);
    expect(error.message).not.toContain('\n');
  });

  it('rejects a state it cannot check, telling the user to pass --state', () => {
    const error = thrown(() => codeFromRedirect('https://amazon.com/?code=AN&state=x', {}));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('--state');
  });

  it('explains a denied consent (error=access_denied) as a run failure', () => {
    const error = thrown(() =>
      codeFromRedirect('http://localhost:8765/callback?error=access_denied&error_description=The+user+denied+the+request.&state=s', { state: 's' }),
    );
    expect(error).toBeInstanceOf(RunFailure);
    expect(error.message).toMatch(/^access_denied: the consent was denied/);
    expect(error.message).toContain('The user denied the request.');
  });

  it('explains invalid_scope and unknown errors', () => {
    expect(thrown(() => codeFromRedirect('https://a.example/?error=invalid_scope', {})).message).toMatch(/approved for the Amazon Ads API/);
    expect(thrown(() => codeFromRedirect('https://a.example/?error=weird', {})).message).toMatch(/^weird: Login with Amazon reported an error/);
  });

  it('checks the state before believing an error', () => {
    expect(thrown(() => codeFromRedirect('https://a.example/?error=access_denied&state=other', { state: 'mine' })).message).toMatch(/^state mismatch/);
  });

  it('asks for the whole address when a URL carries no code, and for something when empty', () => {
    expect(thrown(() => codeFromRedirect('https://amazon.com/?state=s', { state: 's' })).message).toMatch(/no code= parameter/);
    expect(thrown(() => codeFromRedirect('   ', {}))).toBeInstanceOf(UsageError);
    expect(thrown(() => codeFromRedirect('AN a b', {})).message).toMatch(/whitespace/);
  });
});
