/**
 * Whether a host is this machine: `localhost` (and `*.localhost`), 127.0.0.0/8, ::1. Traffic to it
 * never goes through a proxy and never crosses a network, so plain http:// is harmless there.
 */
import net from 'node:net';

export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  if (net.isIPv6(host)) return host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host);
  return false;
}

/** The URL's host name when it is this machine, else undefined (also for text that is not a URL). */
export function loopbackHostnameOf(urlText: string): string | undefined {
  try {
    const { hostname } = new URL(urlText);
    return isLoopbackHostname(hostname) ? hostname.replace(/^\[|\]$/g, '') : undefined;
  } catch {
    return undefined;
  }
}
