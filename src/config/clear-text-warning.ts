/**
 * A token URL that is plain http:// to another machine: the token request carries the client secret
 * and the refresh token (or the authorization code), which would cross the network unencrypted. Said
 * once, as a warning, before anything is sent; http:// to this machine (an emulator) is not warned about.
 */
import { isLoopbackHostname } from './loopback.js';

export function clearTextWarnings(tokenUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(tokenUrl);
  } catch {
    return [];
  }
  if (url.protocol !== 'http:' || isLoopbackHostname(url.hostname)) return [];
  return [
    `the token URL http://${url.host} is plain http:// to another machine: the client secret and refresh token would travel in clear text - use https:// (--token-url / AMAZON_ADS_TOKEN_URL)`,
  ];
}
