/**
 * The emulator's HTTP server: one origin on 127.0.0.1 serving Login with Amazon and the Ads API.
 * Per request: count it, wait the latency, route it, apply the throttle / server-error faults to Ads
 * API calls, guard the call, then answer (or answer invalid JSON under the malformed fault).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegionId } from '../core/regions.js';
import { UsageError } from '../errors.js';
import { demoCredentials } from './credentials.js';
import type { DownloadRecord, EmulatorContext, EmulatorStats } from './context.js';
import { BodyTooLarge, header, mediaTypeOf, readBody, sendJson, sendText, sleep } from './http.js';
import { resolveOptions, type EmulatorOptions } from './options.js';
import { GrantStore } from './lwa/grant-store.js';
import { handleTokenRequest } from './lwa/token-endpoint.js';
import { handleConsent } from './lwa/consent-page.js';
import { AdsAccount } from './ads/account.js';
import { BadRequest, sendAdsError } from './ads/errors.js';
import { guardAdsCall } from './ads/guard.js';
import { matchAdsRoute, type AdsRoute } from './routes.js';
import { savedFilePathPrefix, sendSavedFile } from './contract/saved-files.js';
import { ReportStore, downloadPathPrefix } from './reporting/report-store.js';
import { handleReportDownload } from './reporting/report-download.js';

export interface Emulator {
  /** Origin, e.g. http://127.0.0.1:PORT: token_url = url + '/auth/o2/token', auth_grant_url = url + '/ap/oa'. */
  url: string;
  region: RegionId;
  credentials: typeof demoCredentials;
  /** Live counters (the same object keeps updating). */
  stats: EmulatorStats;
  /** Report file downloads with the headers each carried (live, the newest last). */
  downloads: DownloadRecord[];
  stop(): Promise<void>;
}

const malformedBody = '{"campaigns": [{"campaignId": "1", "name": "truncated';

function count(stats: EmulatorStats, key: string): void {
  stats.routes[key] = (stats.routes[key] ?? 0) + 1;
}

async function handleAdsCall(
  context: EmulatorContext,
  route: AdsRoute,
  params: Record<string, string>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  body: string,
): Promise<void> {
  const { options } = context;
  const call = ++context.adsCalls;
  if (options.expireTokensAfterCalls > 0 && call === options.expireTokensAfterCalls + 1) context.grants.expireAccessTokens();
  if (call <= options.throttle) {
    sendAdsError(response, route.errorStyle, 429, 'THROTTLED', 'Too Many Requests', { 'Retry-After': String(options.retryAfterSeconds) });
    return;
  }
  if (call <= options.throttle + options.serverErrors) {
    const nth = call - options.throttle;
    if (nth % 2 === 1) sendAdsError(response, route.errorStyle, 500, 'INTERNAL_ERROR', 'Internal Server Error');
    else sendAdsError(response, route.errorStyle, 503, 'SERVICE_UNAVAILABLE', 'Service Unavailable');
    return;
  }

  const guard = guardAdsCall(context, route, request);
  if ('status' in guard) {
    const headers: Record<string, string> = guard.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {};
    sendAdsError(response, route.errorStyle, guard.status, guard.code, guard.message, headers);
    return;
  }
  if (route.list && options.malformed) {
    sendText(response, 200, malformedBody, route.responseType);
    return;
  }
  try {
    route.handle({ context, request, response, url, body, params, profile: guard.profile!, accountScope: guard.accountScope });
  } catch (error) {
    if (response.headersSent) throw error;
    if (error instanceof BadRequest) {
      sendAdsError(response, route.errorStyle, 400, 'INVALID_ARGUMENT', error.message, {}, error.errors ? { errors: error.errors } : {});
    } else {
      throw error;
    }
  }
}

async function handle(context: EmulatorContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { stats, options } = context;
  stats.requests++;
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const body = await readBody(request);
  if (options.latencyMs > 0) await sleep(options.latencyMs);

  if (url.pathname === '/auth/o2/token' && method === 'POST') {
    count(stats, 'POST /auth/o2/token');
    handleTokenRequest(context, request, response, body);
    return;
  }
  if (url.pathname === '/ap/oa' && (method === 'GET' || method === 'POST')) {
    count(stats, `${method} /ap/oa`);
    if (method === 'POST' && mediaTypeOf(header(request, 'content-type')) !== 'application/x-www-form-urlencoded') {
      sendText(response, 400, 'The consent form must be posted as application/x-www-form-urlencoded.', 'text/plain; charset=utf-8');
      return;
    }
    handleConsent(context, response, method === 'GET' ? url.searchParams : new URLSearchParams(body), method);
    return;
  }
  if (url.pathname.startsWith(downloadPathPrefix) && method === 'GET') {
    count(stats, `GET ${downloadPathPrefix}`);
    await handleReportDownload(context, request, response, url);
    return;
  }
  if (url.pathname.startsWith(savedFilePathPrefix) && method === 'GET') {
    count(stats, `GET ${savedFilePathPrefix}`);
    sendSavedFile(response);
    return;
  }
  const match = matchAdsRoute(method, url.pathname) ?? (await import('./contract/contract-routes.js')).matchContractRoute(method, url.pathname);
  if (!match) {
    count(stats, `${method} ${url.pathname}`);
    sendJson(response, 404, { code: 'NOT_FOUND', message: `No route ${method} ${url.pathname} in the Amazon Ads API emulator` });
    return;
  }
  count(stats, `${method} ${match.route.path}`);
  await handleAdsCall(context, match.route, match.params, request, response, url, body);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const resolved = resolveOptions(options);
  const stats: EmulatorStats = { requests: 0, routes: {}, grants: { refresh_token: 0, authorization_code: 0, failed: 0 } };
  const context: EmulatorContext = {
    options: resolved,
    stats,
    grants: new GrantStore(resolved.now),
    account: new AdsAccount(resolved),
    reports: new ReportStore(resolved),
    downloads: [],
    adsCalls: 0,
  };

  const server = createServer((request, response) => {
    handle(context, request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof BodyTooLarge) {
        sendJson(response, 413, { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than 5 MB' });
        return;
      }
      sendJson(response, 500, { code: 'INTERNAL_ERROR', message: 'The emulator failed to handle this request' });
    });
  });

  // Keep idle connections open longer than a client waits between two requests on a loaded machine (Node's
  // default is 5 s): a client reusing a socket the server is just closing gets ECONNRESET, which a run
  // reports as host_unreachable. Amazon's hosts keep idle connections for about a minute too.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new UsageError(`port ${resolved.port} on 127.0.0.1 is already in use; choose another --port, or 0 for any free port`));
      } else if (error.code === 'EACCES') {
        reject(new UsageError(`port ${resolved.port} needs privileges; choose a port above 1023, or 0 for any free port`));
      } else reject(error);
    };
    server.once('error', onError);
    server.listen(resolved.port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    region: resolved.region,
    credentials: demoCredentials,
    stats,
    downloads: context.downloads,
    stop() {
      stopping ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopping;
    },
  };
}
