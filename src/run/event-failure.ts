/**
 * The typed failure of a run event's error (a failed request, script or assertion), read ONCE: the
 * first plug-in to ask reads it with `failureOf` (src/core/causes/failure.ts) and every later reader of
 * the same error object - the stop policy, the profile results, the CLI reporter, the summary through
 * Newman's `run.failures` - gets that same object. The message is redacted before it is read.
 */
import { errorHostOf, failureOf, type Failure } from '../core/causes/failure.js';
import type { Redactor } from '../core/redact.js';

export type FailureKind = 'request' | 'script' | 'assertion';

const read = new WeakMap<object, Failure>();

/** The failure of `error` as `kind`; `url` is the failed request's (request errors). */
export function eventFailure(kind: FailureKind, error: unknown, redactor: Redactor, url?: string, code?: string): Failure {
  const cached = error !== null && typeof error === 'object' ? read.get(error) : undefined;
  if (cached) return cached;
  const raw = (error ?? {}) as { message?: unknown; code?: unknown };
  const message = redactor.redact(typeof raw.message === 'string' ? raw.message : String(error));
  const failure = failureOf({ message, code: typeof raw.code === 'string' ? raw.code : code, url, kind, ...errorHostOf(error) });
  if (error !== null && typeof error === 'object') read.set(error, failure);
  return failure;
}
