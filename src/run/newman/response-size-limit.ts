/**
 * The largest response body a run reads (`--max-response-mb`). postman-request can stop reading a
 * body past a size (its `maxResponseSize`: the body stream is cut and the request fails with
 * "Maximum response size reached"), and postman-runtime passes `requester.maxResponseSize` on to it.
 * Newman 6.2.2 does not expose that option, so patches/newman+6.2.2.patch (applied on every
 * install by scripts/install/apply-patches.mjs) passes Newman's own `maxResponseSize` run option through; this module turns the flag's
 * megabytes into that option. The cut counts decoded bytes (after gzip), so a small compressed answer
 * that inflates past the limit is cut as well.
 */

/** The message postman-request fails a request with once the body passed the limit. */
export const RESPONSE_TOO_LARGE_MESSAGE = 'Maximum response size reached';

const BYTES_PER_MB = 1024 * 1024;

/** The run option that limits every response body of a Newman run to `megabytes`. */
export function responseSizeLimit(megabytes: number): { maxResponseSize: number } {
  return { maxResponseSize: megabytes * BYTES_PER_MB };
}

declare module 'newman' {
  interface NewmanRunOptions {
    /** Largest response body in bytes; passed to the requester by patches/newman+6.2.2.patch. */
    maxResponseSize?: number;
  }
}
