/**
 * The options of `newman run` this runner passes through unchanged (same names, same meaning):
 * timings and TLS. Everything else Newman is given is decided in run-collection.ts.
 */
import type { RunOptions } from '../config/run-settings.js';

export interface PassedNewmanOptions {
  timeoutRequest?: number;
  timeout?: number;
  timeoutScript?: number;
  delayRequest?: number;
  insecure?: boolean;
  sslExtraCaCerts?: string;
  sslClientCert?: string;
  sslClientKey?: string;
  sslClientPassphrase?: string;
}

type Source = Pick<
  RunOptions,
  'timeoutRequest' | 'timeout' | 'timeoutScript' | 'delayRequest' | 'insecure' | 'sslExtraCaCerts' | 'sslClientCert' | 'sslClientKey' | 'sslClientPassphrase'
>;

/** Only the options that were given, so Newman's own defaults apply to the rest. */
export function newmanOptionsOf(options: Source): PassedNewmanOptions {
  const passed: PassedNewmanOptions = {
    timeoutRequest: options.timeoutRequest,
    timeout: options.timeout,
    timeoutScript: options.timeoutScript,
    delayRequest: options.delayRequest,
    insecure: options.insecure || undefined,
    sslExtraCaCerts: options.sslExtraCaCerts,
    sslClientCert: options.sslClientCert,
    sslClientKey: options.sslClientKey,
    sslClientPassphrase: options.sslClientPassphrase,
  };
  return Object.fromEntries(Object.entries(passed).filter(([, value]) => value !== undefined)) as PassedNewmanOptions;
}
