/**
 * Node / postman-request error codes and the cause each one means: a request that got no HTTP answer.
 * Used by Node for Newman's request errors (failure.ts) and bundled into the scripts that send a
 * request themselves (refresh-token's pm.sendRequest), so both sides name the same cause.
 */
export const errorCodeCauses: Readonly<Record<string, 'host_unreachable' | 'timeout' | 'tls_error'>> = {
  ECONNREFUSED: 'host_unreachable',
  ENOTFOUND: 'host_unreachable',
  EAI_AGAIN: 'host_unreachable',
  EHOSTUNREACH: 'host_unreachable',
  ENETUNREACH: 'host_unreachable',
  ECONNRESET: 'host_unreachable',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  CERT_HAS_EXPIRED: 'tls_error',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls_error',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls_error',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls_error',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls_error',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls_error',
  EPROTO: 'tls_error',
};

/** The error code an error carries: its `code`, else the code word its message names (`connect ECONNREFUSED 127.0.0.1:9`). */
export function errorCodeOf(error: { code?: unknown; message?: unknown } | undefined): string | undefined {
  if (!error) return undefined;
  if (typeof error.code === 'string' && Object.prototype.hasOwnProperty.call(errorCodeCauses, error.code)) return error.code;
  const words = typeof error.message === 'string' ? error.message.split(/[^A-Z_]+/) : [];
  return words.find((word) => Object.prototype.hasOwnProperty.call(errorCodeCauses, word));
}
