/**
 * Loopback never goes through a proxy. Newman's requester (postman-request) sends every request through
 * HTTP_PROXY / HTTPS_PROXY unless NO_PROXY names its host, and Newman has no option to turn that off;
 * so while a run goes, the loopback hosts it talks to (an emulator, a local API or token URL) are added
 * to NO_PROXY, then NO_PROXY is put back as it was. Nothing changes when no proxy variable is set or
 * NO_PROXY is `*`. (`npm run auth` needs nothing: Node's fetch ignores the proxy variables.)
 *
 * postman-request cannot match an IPv6 address in NO_PROXY, so `[::1]` is not covered: use 127.0.0.1.
 */
import { loopbackHostnameOf } from '../../config/loopback.js';

const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy'] as const;
/** Always exempted when a proxy is set: the names every local server answers on. */
const ALWAYS = ['localhost', '127.0.0.1'];

type Env = Record<string, string | undefined>;

/** Runs that are going and the NO_PROXY they found (runs of one process may overlap, e.g. in tests). */
let active = 0;
let saved: { NO_PROXY: string | undefined } | undefined;
const exempted = new Set<string>();

/** The NO_PROXY value for `urls`, or undefined when it needs no change. */
export function noProxyFor(urls: readonly string[], env: Env): string | undefined {
  if (!PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '')) return undefined;
  const current = env.NO_PROXY ?? env.no_proxy ?? '';
  if (current.trim() === '*') return undefined;
  const listed = new Set(current.split(',').map((zone) => zone.trim().toLowerCase()).filter((zone) => zone !== ''));
  const loopback = [...ALWAYS, ...urls.map(loopbackHostnameOf).filter((host): host is string => host !== undefined && !host.includes(':'))];
  const missing = [...new Set(loopback.map((host) => host.toLowerCase()))].filter((host) => !listed.has(host));
  return missing.length === 0 ? undefined : [...listed, ...missing].join(',');
}

/**
 * Exempts the loopback hosts among `urls` from the proxy variables of `env` (process.env) until the
 * returned function is called.
 */
export function bypassProxyForLoopback(urls: readonly string[], env: Env = process.env): () => void {
  const next = noProxyFor([...exempted, ...urls], env);
  if (next === undefined && active === 0) return () => undefined;
  if (active === 0) saved = { NO_PROXY: env.NO_PROXY };
  active += 1;
  for (const url of urls) exempted.add(url);
  if (next !== undefined) env.NO_PROXY = next;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    active -= 1;
    if (active > 0) return;
    exempted.clear();
    if (saved?.NO_PROXY === undefined) delete env.NO_PROXY;
    else env.NO_PROXY = saved.NO_PROXY;
    saved = undefined;
  };
}
