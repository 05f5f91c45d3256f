/**
 * Way (a) of taking the code: a one-shot HTTP server on 127.0.0.1 at the redirect_uri's port and path.
 * The browser lands here after consent; we answer with a small page and hand the full redirect URL on.
 * A redirect the page judges not to be this run's (`keepWaiting`: a forged link without the state or
 * with another one) gets the page saying why and is not handed on: the server waits on for the real
 * one until its timeout.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RunFailure, UsageError } from '../errors.js';

/** Whether a redirect_uri can be served locally: http://localhost:PORT/... or http://127.0.0.1:PORT/... */
export function isLoopbackRedirectUri(redirectUri: string): boolean {
  try {
    const url = new URL(redirectUri);
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') && url.port !== '';
  } catch {
    return false;
  }
}

export interface CallbackServer {
  /** The redirect_uri with the port actually bound (differs only when the redirect_uri asked for port 0). */
  redirectUri: string;
  /** Resolves with the full redirect URL the browser was sent to; rejects after the timeout. */
  redirect: Promise<string>;
  close(): Promise<void>;
}

/** What the page says about a redirect; `keepWaiting`: it is refused (not this run's) and the server waits on for the real one. */
export interface RedirectPage {
  ok: boolean;
  message: string;
  keepWaiting?: boolean;
}

export interface CallbackServerOptions {
  timeoutMs: number;
  /** Describes the outcome on the page the browser shows (never includes the code). */
  pageFor?: (redirectUrl: string) => RedirectPage;
}

function page(title: string, message: string): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body style="font-family:sans-serif;max-width:40em;margin:3em auto"><h1>${escape(title)}</h1><p>${escape(message)}</p></body></html>`;
}

/** Listens on 127.0.0.1 at the redirect_uri's port; only the redirect_uri's path is answered. */
export async function startCallbackServer(redirectUri: string, options: CallbackServerOptions): Promise<CallbackServer> {
  const target = new URL(redirectUri);
  let settle!: { resolve: (url: string) => void; reject: (error: Error) => void };
  const redirect = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  redirect.catch(() => undefined); // the caller may race it against a prompt; never an unhandled rejection
  let done = false;
  let origin = `${target.protocol}//${target.host}`; // port filled in once bound

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${target.host}`);
    const carriesAnswer = url.searchParams.has('code') || url.searchParams.has('error');
    if (request.method !== 'GET' || url.pathname !== target.pathname || !carriesAnswer) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not the Login with Amazon redirect.\n');
      return;
    }
    const fullUrl = `${origin}${url.pathname}${url.search}`;
    const outcome: RedirectPage = done
      ? { ok: false, message: 'This authorization is already finished. Return to the terminal.' }
      : (options.pageFor?.(fullUrl) ?? { ok: true, message: 'You can close this tab and return to the terminal.' });
    response.writeHead(outcome.ok ? 200 : 400, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'close',
    });
    response.end(page(outcome.ok ? 'Authorization received' : outcome.keepWaiting ? 'Authorization refused' : 'Authorization failed', outcome.message));
    // a redirect that is not this run's (no state, another state) is refused: the real one may still come
    if (!done && !outcome.keepWaiting) {
      done = true;
      settle.resolve(fullUrl);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new UsageError(`port ${target.port} of the redirect_uri is in use; stop what listens there or choose another http://localhost:PORT/ return URL`)
          : new UsageError(`cannot listen on 127.0.0.1:${target.port} for the redirect (${error.code ?? error.message})`),
      );
    });
    server.listen(Number(target.port), '127.0.0.1', () => resolve());
  });

  const port = (server.address() as AddressInfo).port;
  const bound = new URL(redirectUri);
  bound.port = String(port);
  // Keep the redirect_uri byte for byte (the token exchange must repeat it exactly); only port 0 is filled in.
  const boundRedirectUri = Number(target.port) === port ? redirectUri : bound.toString();
  origin = bound.origin;
  const timeoutSeconds = Math.round(options.timeoutMs / 1000);
  const timer = setTimeout(() => {
    if (done) return;
    done = true;
    settle.reject(
      new RunFailure(
        `timed out after ${timeoutSeconds} s waiting for the browser to return to ${boundRedirectUri}; open the authorization URL, approve, and make sure the return URL is allowed in the security profile (or paste the redirect with --redirect-url)`,
      ),
    );
  }, options.timeoutMs);
  timer.unref();

  let closed: Promise<void> | undefined;
  return {
    redirectUri: boundRedirectUri,
    redirect,
    close() {
      clearTimeout(timer);
      if (!done) {
        done = true;
        settle.reject(new RunFailure('the callback server was closed before a redirect arrived'));
      }
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
