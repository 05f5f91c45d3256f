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
import http from 'node:http';
import type { AddressInfo } from 'node:net';

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
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const isToken = (request.url ?? '').startsWith('/auth/o2/token');
      if (!isToken && faults.unauthorizedAfterCalls !== undefined && ++adsCalls > faults.unauthorizedAfterCalls) {
        response.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer' });
        response.end(JSON.stringify({ code: 'UNAUTHORIZED', details: 'Not authorized' }));
        return;
      }
      const headers = { ...request.headers, host: new URL(target).host };
      const bearer = /^Bearer\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
      if (bearer && disguised.has(bearer)) headers.authorization = `Bearer ${disguised.get(bearer)}`;
      const upstream = http.request(
        new URL(request.url ?? '/', target),
        { method: request.method, headers },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => body.push(chunk));
          answer.on('end', () => {
            const text = isToken ? disguise(Buffer.concat(body).toString('utf8')) : undefined;
            const out = text === undefined ? Buffer.concat(body) : Buffer.from(text);
            for (const match of (text ?? '').matchAll(/"(?:access|refresh)_token"\s*:\s*"([^"]+)"/g)) tokens.add(JSON.parse(`"${match[1]}"`));
            const answerHeaders = { ...answer.headers, 'content-length': String(out.length) };
            delete answerHeaders['transfer-encoding'];
            response.writeHead(answer.statusCode ?? 502, answerHeaders);
            response.end(out);
          });
        },
      );
      upstream.on('error', () => {
        response.writeHead(502);
        response.end();
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issuedTokens: () => [...tokens],
    realAccessTokens: () => [...disguised.values()],
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
