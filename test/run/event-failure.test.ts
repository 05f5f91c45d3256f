import { describe, expect, it } from 'vitest';
import { failureText } from '../../src/core/causes/failure-text.js';
import { eventFailure } from '../../src/run/event-failure.js';
import { Redactor } from '../../src/core/redact.js';

describe('eventFailure: a run event\'s error read once into the typed failure', () => {
  it('every reader of the same error gets the same object', () => {
    const redactor = new Redactor();
    const error = { name: 'AssertionError', message: failureText('no_profiles', 'none here') };
    const first = eventFailure('assertion', error, redactor);
    expect(first).toEqual({ cause: 'no_profiles', message: 'no_profiles: none here' });
    expect(eventFailure('assertion', error, redactor)).toBe(first);
  });

  it('masks secrets in the message before reading it', () => {
    const redactor = new Redactor();
    redactor.add('sekret-value-123');
    const failure = eventFailure('script', new Error('boom sekret-value-123'), redactor);
    expect(failure).toMatchObject({ cause: 'script_error' });
    expect(failure.message).not.toContain('sekret-value-123');
  });

  it('a request error: the cause from its code, the host from its fields', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 9 });
    expect(eventFailure('request', error, new Redactor(), 'http://127.0.0.1:9/x')).toMatchObject({ cause: 'host_unreachable', host: '127.0.0.1:9' });
  });
});
