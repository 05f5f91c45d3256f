/**
 * Newman, as patched by patches/newman+6.2.2.patch, gives the body limit to the requester of the run it
 * was given to, and only that run: two Newman runs in one process, started at the same time with
 * different limits, and one started without any.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import newman, { type NewmanRunSummary } from 'newman';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_TOO_LARGE_MESSAGE, responseSizeLimit } from '../../../src/run/newman/response-size-limit.js';

const MB = 1024 * 1024;
let server: http.Server;
let url: string;

beforeAll(async () => {
  // 2 MB of JSON, chunked (no Content-Length to judge by)
  server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.write('{"padding":"');
    response.write('p'.repeat(2 * MB));
    response.end('"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/large`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Runs a one-request collection; resolves with the request error message, or the body size read. */
function runOnce(limitMb?: number): Promise<{ error?: string; bodyBytes?: number }> {
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: { info: { name: 'size' }, item: [{ name: 'large', request: { url, method: 'GET' } }] },
        reporters: [],
        ...(limitMb === undefined ? {} : responseSizeLimit(limitMb)),
      },
      (error: Error | null, summary: NewmanRunSummary) => {
        if (error) return reject(error);
        const execution = summary.run.executions[0] as unknown as { requestError?: { message?: string }; response?: { size(): { body: number } } };
        resolve(execution.requestError ? { error: execution.requestError.message } : { bodyBytes: execution.response?.size().body });
      },
    );
  });
}

describe('responseSizeLimit', () => {
  it('cuts the body of the run given the limit past it, and no other run', async () => {
    const [cut, roomy, untouched] = await Promise.all([runOnce(1), runOnce(4), runOnce()]);
    expect(cut).toEqual({ error: RESPONSE_TOO_LARGE_MESSAGE });
    expect(roomy.bodyBytes).toBeGreaterThan(2 * MB);
    expect(untouched.bodyBytes).toBeGreaterThan(2 * MB);
  });
});
