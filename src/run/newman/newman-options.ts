/**
 * The options of `newman run` this runner passes through unchanged (same names, same meaning):
 * iterations and their data, globals, the bail modifiers, timings, cookies, files and TLS. Everything
 * else Newman is given is decided in run-collection.ts.
 * `--timeout-request` and `--timeout` are the runner's own (plugins/request-deadline.ts,
 * plugins/run-deadline.ts): Newman's request timeout only limits idle time, so a body trickled a
 * byte a second never ends, and its run timeout ends the run without its reports.
 * `--ignore-redirects` needs no mapping: the run never follows a redirect (plugins/redirect-guard.ts).
 * Files (data, globals, cookie jar, certificate list) go to Newman as paths, read by Newman's loaders.
 */
import type { NewmanRunOptions } from 'newman';
import type { RunOptions } from '../../config/run-settings.js';

export interface PassedNewmanOptions {
  iterationData?: string;
  iterationCount?: number;
  globals?: string;
  globalVar?: Array<{ key: string; value: string }>;
  /** Newman turns any array of modifiers into an object (lib/run/index.js); its types list only one-element arrays. */
  bail?: NewmanRunOptions['bail'];
  timeoutScript?: number;
  delayRequest?: number;
  workingDir?: string;
  cookieJar?: string;
  insecure?: boolean;
  sslExtraCaCerts?: string;
  sslClientCertList?: string;
  sslClientCert?: string;
  sslClientKey?: string;
  sslClientPassphrase?: string;
}

type Source = Pick<
  RunOptions,
  | 'iterationData'
  | 'iterationCount'
  | 'globals'
  | 'globalVar'
  | 'bail'
  | 'timeoutScript'
  | 'delayRequest'
  | 'workingDir'
  | 'cookieJar'
  | 'insecure'
  | 'sslExtraCaCerts'
  | 'sslClientCertList'
  | 'sslClientCert'
  | 'sslClientKey'
  | 'sslClientPassphrase'
>;

/** Only the options that were given, so Newman's own defaults apply to the rest. */
export function newmanOptionsOf(options: Source): PassedNewmanOptions {
  const globalVar = Object.entries(options.globalVar ?? {}).map(([key, value]) => ({ key, value }));
  const passed: PassedNewmanOptions = {
    iterationData: options.iterationData,
    iterationCount: options.iterationCount,
    globals: options.globals,
    globalVar: globalVar.length > 0 ? globalVar : undefined,
    bail: options.bail === false ? undefined : (options.bail as NewmanRunOptions['bail']),
    timeoutScript: options.timeoutScript,
    delayRequest: options.delayRequest,
    workingDir: options.workingDir,
    cookieJar: options.cookieJar,
    insecure: options.insecure || undefined,
    sslExtraCaCerts: options.sslExtraCaCerts,
    sslClientCertList: options.sslClientCertList,
    sslClientCert: options.sslClientCert,
    sslClientKey: options.sslClientKey,
    sslClientPassphrase: options.sslClientPassphrase,
  };
  return Object.fromEntries(Object.entries(passed).filter(([, value]) => value !== undefined)) as PassedNewmanOptions;
}
