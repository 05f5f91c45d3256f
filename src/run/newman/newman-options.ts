/**
 * The options of `newman run` this runner passes through unchanged (same names, same meaning):
 * timings and TLS. Everything else Newman is given is decided in run-collection.ts.
 * `--timeout-request` and `--timeout` are the runner's own (plugins/request-deadline.ts,
 * plugins/run-deadline.ts): Newman's request timeout only limits idle time, so a body trickled a
 * byte a second never ends, and its run timeout ends the run without its reports.
 */
import type { RunOptions } from '../../config/run-settings.js';

export interface PassedNewmanOptions {
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
  'timeoutScript' | 'delayRequest' | 'insecure' | 'sslExtraCaCerts' | 'sslClientCert' | 'sslClientKey' | 'sslClientPassphrase'
>;

/** Only the options that were given, so Newman's own defaults apply to the rest. */
export function newmanOptionsOf(options: Source): PassedNewmanOptions {
  const passed: PassedNewmanOptions = {
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
