/**
 * A pass-through proxy in front of an emulator for the hardening tests. It
 * - hands out every access token the emulator issues in disguise: a distinctive string not shaped
 *   like a Login with Amazon token (`Atza|…`), so only the runner's value-based redaction of the
 *   tokens it learns can mask it (the pattern for `Atza|…` cannot); requests carrying a disguised
 *   token reach the emulator with the real one;
 * - records every token handed out (so a test can scan outputs for them without trusting the runner);
 * - can add one fault the emulator has no option for: after N Ads API calls, every Ads API call
 *   answers 401 whatever the token, so the refresh-and-retry after a 401 fails too.
 */
import { randomBytes } from 'node:crypto';
import { startEmulatorProxy, tokensInBody } from '../support/emulator-proxy.js';

export interface FaultProxy {
  url: string;
  /** Every access_token (as handed out, disguised) / refresh_token value in a token response. */
  issuedTokens(): string[];
  /** The real access tokens the emulator issued (the runner never saw them). */
  realAccessTokens(): string[];
  stop(): Promise<void>;
}

export interface ProxyFaults {
  /** After this many Ads API calls (not token requests), every Ads API call answers 401. */
  unauthorizedAfterCalls?: number;
}

const isTokenRequest = (url: string | undefined): boolean => (url ?? '').startsWith('/auth/o2/token');

export async function startFaultProxy(target: string, faults: ProxyFaults = {}): Promise<FaultProxy> {
  const tokens = new Set<string>();
  /** disguised -> real access token */
  const disguised = new Map<string, string>();
  let adsCalls = 0;
  const disguise = (text: string): string =>
    text.replace(/"access_token"\s*:\s*"([^"]+)"/g, (_match, real: string) => {
      const fake = `HARDENING-access-token-${disguised.size}-${randomBytes(12).toString('hex')}`;
      disguised.set(fake, JSON.parse(`"${real}"`));
      return `"access_token":"${fake}"`;
    });
  const proxy = await startEmulatorProxy(target, {
    intercept: (request, response) => {
      if (isTokenRequest(request.url) || faults.unauthorizedAfterCalls === undefined || ++adsCalls <= faults.unauthorizedAfterCalls) return false;
      response.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer' });
      response.end(JSON.stringify({ code: 'UNAUTHORIZED', details: 'Not authorized' }));
      return true;
    },
    forwardHeaders: (headers) => {
      const bearer = /^Bearer\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
      if (bearer && disguised.has(bearer)) headers.authorization = `Bearer ${disguised.get(bearer)}`;
    },
    responseBody: (request, body) => {
      if (!isTokenRequest(request.url)) return body;
      const text = disguise(body.toString('utf8'));
      for (const token of tokensInBody(text)) tokens.add(token);
      return Buffer.from(text);
    },
  });
  return {
    url: proxy.url,
    issuedTokens: () => [...tokens],
    realAccessTokens: () => [...disguised.values()],
    stop: proxy.stop,
  };
}
