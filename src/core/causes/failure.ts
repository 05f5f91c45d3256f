/**
 * The typed failure every consumer reads (stop policy, summary, the several-profile table, the exit
 * code), and `failureOf`: the ONE place a failure as Newman hands it over becomes that object.
 * - A script's or a plug-in's failure carries its cause and fields as data (failure-text.ts): read as is.
 * - Newman's request errors carry an error code (error-codes.ts); the host comes from the error's own
 *   fields (hostname, address and port) or the request's URL.
 * - Failures nobody marked are a script error or a failed assertion, except the two the libraries
 *   underneath report only in their own words: the Postman sandbox's script time limit (Node's vm
 *   message, ERR_SCRIPT_EXECUTION_TIMEOUT) and postman-request's body cut at --max-response-mb.
 */
import { errorCodeCauses, errorCodeOf } from './error-codes.js';
import { splitFailureText, type FailureFields } from './failure-text.js';
import { causes, type CauseId } from './table.js';

/** A failure after classification: the cause, and its fields when known. */
export interface Failure extends FailureFields {
  cause: CauseId;
  /** The failure's own words, without its data line (already redacted by the caller). */
  message: string;
}

/** A failure as Newman or a plug-in hands it over. */
export interface RawFailure {
  message: string;
  /** The error code Newman attached to a request error. */
  code?: string;
  /** The error's own host fields (Node's network errors: `hostname`; `address` and `port`). */
  hostname?: string;
  address?: string;
  port?: number | string;
  /** The URL of the request that failed. */
  url?: string;
  kind?: 'request' | 'script' | 'assertion';
}

const SCRIPT_TIMEOUT_CODE = 'ERR_SCRIPT_EXECUTION_TIMEOUT';
/** Node's vm message when the sandbox stops a script at its time limit (the code does not cross the sandbox). */
const SCRIPT_TIMEOUT_WORDS = /\bScript execution timed out after \d+ ?ms\b/;
/** postman-request's words when it cut a body at --max-response-mb (response-size-limit.ts). */
const RESPONSE_CUT_WORDS = 'Maximum response size reached';

export function isCauseId(value: unknown): value is CauseId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(causes, value);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

function hostOfError(raw: RawFailure): string | undefined {
  if (raw.hostname) return raw.hostname;
  if (raw.address) return raw.port !== undefined ? `${raw.address}:${raw.port}` : raw.address;
  return hostOf(raw.url);
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** The host fields of a Node network error (ENOTFOUND: hostname; ECONNREFUSED: address and port), as failureOf reads them. */
export function errorHostOf(error: unknown): { hostname?: string; address?: string; port?: number | string } {
  if (!error || typeof error !== 'object') return {};
  const { hostname, address, port } = error as Record<string, unknown>;
  return {
    ...(typeof hostname === 'string' && hostname ? { hostname } : {}),
    ...(typeof address === 'string' && address ? { address } : {}),
    ...(typeof port === 'number' || typeof port === 'string' ? { port } : {}),
  };
}

/** The typed failure of one failure as handed over (see the module comment). */
export function failureOf(raw: RawFailure): Failure {
  const { text: message, data } = splitFailureText(raw.message);
  if (data && isCauseId(data.cause)) {
    const fields: FailureFields = { host: text(data.host), detail: text(data.detail), endpoint: data.endpoint === 'token' ? 'token' : undefined };
    return { cause: data.cause, message, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) };
  }
  const code = raw.kind === 'request' ? errorCodeOf({ code: raw.code, message: raw.message }) : undefined;
  if (code) return { cause: errorCodeCauses[code], host: hostOfError(raw), message };
  if (raw.kind === 'request' && /certificate|\bssl\b|\btls\b/i.test(message)) return { cause: 'tls_error', host: hostOf(raw.url), message };
  if (raw.code === SCRIPT_TIMEOUT_CODE || SCRIPT_TIMEOUT_WORDS.test(message)) return { cause: 'script_timeout', message };
  if (message.includes(RESPONSE_CUT_WORDS)) return { cause: 'response_too_large', host: hostOf(raw.url), message };
  if (raw.kind === 'request') return { cause: 'host_unreachable', host: hostOf(raw.url), message };
  return { cause: raw.kind === 'script' ? 'script_error' : 'assertion_failed', message };
}
