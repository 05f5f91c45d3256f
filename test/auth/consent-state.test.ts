import { describe, expect, it } from 'vitest';
import { newState, redirectUriOfConsent, redirectUriOfState } from '../../src/auth/consent-state.js';
import { UsageError } from '../../src/errors.js';

const secret = 'amzn1.oa2-cs.v1.consent-state-test-secret';
const both = ['https://amazon.com', 'https://amazon.com/'];

describe('newState', () => {
  it('is random, URL-safe and long enough to guess never', () => {
    const states = new Set(Array.from({ length: 200 }, () => newState(secret, 'https://amazon.com')));
    expect(states.size).toBe(200);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
  });

  it('does not contain the client secret or the redirect_uri', () => {
    const state = newState(secret, 'https://amazon.com');
    expect(state).not.toContain(secret.slice(-12));
    expect(state).not.toContain('amazon');
  });
});

describe('redirectUriOfState', () => {
  it('tells which of the candidates the consent named, with or without the final slash', () => {
    expect(redirectUriOfState(newState(secret, 'https://amazon.com'), secret, both)).toBe('https://amazon.com');
    expect(redirectUriOfState(newState(secret, 'https://amazon.com/'), secret, both)).toBe('https://amazon.com/');
  });

  it('knows no state made with another secret, for another redirect_uri, edited, or not made by this tool', () => {
    expect(redirectUriOfState(newState('another-secret', 'https://amazon.com'), secret, both)).toBeUndefined();
    expect(redirectUriOfState(newState(secret, 'https://example.com'), secret, both)).toBeUndefined();
    const state = newState(secret, 'https://amazon.com');
    const edited = `${state.slice(0, 5)}${state[5] === 'A' ? 'B' : 'A'}${state.slice(6)}`;
    expect(redirectUriOfState(edited, secret, both)).toBeUndefined();
    expect(redirectUriOfState('st-123', secret, both)).toBeUndefined();
    expect(redirectUriOfState(undefined, secret, both)).toBeUndefined();
  });
});

describe('redirectUriOfConsent', () => {
  it('returns the recorded candidate, else a usage error naming both candidates', () => {
    expect(redirectUriOfConsent(both, newState(secret, 'https://amazon.com/'), secret)).toBe('https://amazon.com/');
    expect(() => redirectUriOfConsent(both, 'st-123', secret)).toThrow(UsageError);
    expect(() => redirectUriOfConsent(both, undefined, secret)).toThrow(
      /^--redirect-url does not show which return URL the consent used, https:\/\/amazon\.com or https:\/\/amazon\.com\/ .*pass --redirect-uri/,
    );
  });
});
