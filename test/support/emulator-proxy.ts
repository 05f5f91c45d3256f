/**
 * The core both test proxies in front of an emulator share: an HTTP server on 127.0.0.1 (port 0) that
 * forwards every request to `target` and sends the answer back, with hooks to answer instead of
 * forwarding, to change the forwarded headers and to rewrite a response body. The recording proxy
 * (test/run/recording-proxy.ts) and the fault proxy (test/hardening/fault-proxy.ts) are thin layers on it.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface ProxyHooks {
  /** Answers the request itself (e.g. an injected fault) instead of forwarding it; true when it did. */
  intercept?(request: http.IncomingMessage, response: http.ServerResponse): boolean;
  /** Changes the headers sent upstream (they already carry the target's host). */
  forwardHeaders?(headers: http.OutgoingHttpHeaders): void;
  /**
   * Sees each upstream response body and returns the body to send back (the same Buffer to pass it
   * through unchanged). Content-Length is set to what is sent.
   */
  responseBody?(request: http.IncomingMessage, body: Buffer): Buffer;
  /** Serve HTTPS with these TLS options (key, cert, requestCert, ...) instead of plain HTTP. */
  tls?: https.ServerOptions;
}

export interface EmulatorProxy {
  url: string;
  stop(): Promise<void>;
}

export async function startEmulatorProxy(target: string, hooks: ProxyHooks = {}): Promise<EmulatorProxy> {
  const handle: http.RequestListener = (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (hooks.intercept?.(request, response)) return;
      const headers: http.OutgoingHttpHeaders = { ...request.headers, host: new URL(target).host };
      hooks.forwardHeaders?.(headers);
      const upstream = http.request(new URL(request.url ?? '/', target), { method: request.method, headers }, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => body.push(chunk));
        answer.on('end', () => {
          const received = Buffer.concat(body);
          const out = hooks.responseBody ? hooks.responseBody(request, received) : received;
          const answerHeaders = { ...answer.headers, 'content-length': String(out.length) };
          delete answerHeaders['transfer-encoding'];
          response.writeHead(answer.statusCode ?? 502, answerHeaders);
          response.end(out);
        });
      });
      upstream.on('error', () => {
        response.writeHead(502);
        response.end();
      });
      upstream.end(Buffer.concat(chunks));
    });
  };
  const server = hooks.tls ? https.createServer(hooks.tls, handle) : http.createServer(handle);
  // like the emulator (src/emulator/server.ts): idle connections outlive a slow client's pause between requests
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${hooks.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Every access_token / refresh_token value in a JSON response body (JSON string escapes decoded). */
export function tokensInBody(text: string): string[] {
  return [...text.matchAll(/"(?:access|refresh)_token"\s*:\s*"([^"]+)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string);
}
