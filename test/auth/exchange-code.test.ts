import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { exchangeCode, explainTokenError, TOKEN_RETRIES } from '../../src/auth/exchange-code.js';
import { RunFailure } from '../../src/errors.js';

/** A fetch that answers once with the given status and body, recording the request. */
function fakeFetch(status: number, body: string) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fn, calls };
}

/** A 127.0.0.1 port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const input = {
  tokenUrl: 'http://127.0.0.1:9/auth/o2/token',
  clientId: 'amzn1.application-oa2-client.x',
  clientSecret: 'S3CRET-exchange-test',
  code: 'ANcode',
  redirectUri: 'https://amazon.com',
};

describe('exchangeCode', () => {
  it('posts an authorization_code grant as a form and returns the tokens', async () => {
    const { fn, calls } = fakeFetch(200, JSON.stringify({ access_token: 'Atza|a', refresh_token: 'Atzr|r', token_type: 'bearer', expires_in: 3600 }));
    await expect(exchangeCode({ ...input, fetch: fn })).resolves.toEqual({
      access_token: 'Atza|a',
      refresh_token: 'Atzr|r',
      token_type: 'bearer',
      expires_in: 3600,
    });
    expect(calls[0].url).toBe(input.tokenUrl);
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>)['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(calls[0].init.body as URLSearchParams)).toEqual({
      grant_type: 'authorization_code',
      code: 'ANcode',
      redirect_uri: 'https://amazon.com',
      client_id: input.clientId,
      client_secret: input.clientSecret,
    });
  });

  it.each([
    ['The authorization code has expired; codes are valid for 5 minutes.', /^invalid_grant: the authorization code expired \(codes live 5 minutes\)/],
    ['The authorization code has already been used; codes are single-use.', /^invalid_grant: the authorization code was already used/],
    ['The redirect_uri does not match the one the authorization code was issued for.', /^invalid_grant: the redirect_uri differs .* --redirect-uri/],
    ['The authorization code was issued to another client.', /^invalid_grant: the authorization code was issued to another client id/],
    ['The request has an invalid grant parameter : code', /^invalid_grant: .*expired \(codes live 5 minutes\), was already used .*or the redirect_uri differs/],
  ])('explains invalid_grant "%s"', async (description, expected) => {
    const { fn } = fakeFetch(400, JSON.stringify({ error: 'invalid_grant', error_description: description }));
    const error = await exchangeCode({ ...input, fetch: fn }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(expected);
  });

  it('explains invalid_client as a wrong client id or secret', async () => {
    const { fn } = fakeFetch(401, JSON.stringify({ error: 'invalid_client', error_description: 'Client authentication failed' }));
    await expect(exchangeCode({ ...input, fetch: fn })).rejects.toThrow(/^invalid_client: wrong client id or client secret/);
  });

  it('explains an answer that is not OAuth, and an unreachable token URL', async () => {
    await expect(exchangeCode({ ...input, fetch: fakeFetch(404, '<html>not here</html>').fn })).rejects.toThrow(
      /^malformed_response: the token URL 127\.0\.0\.1:9 answered HTTP 404 with a body that is not JSON \(application\/json\) - check that --token-url/,
    );
    await expect(exchangeCode({ ...input, fetch: fakeFetch(404, '{}').fn })).rejects.toThrow(/^token_request_failed: the token URL 127\.0\.0\.1:9 answered HTTP 404 without an OAuth error/);
    await expect(exchangeCode({ ...input, fetch: fakeFetch(200, '{"access_token":"x"}').fn })).rejects.toThrow(/without an access_token and refresh_token/);
    const port = await closedPort();
    const refused = await exchangeCode({ ...input, tokenUrl: `http://127.0.0.1:${port}/auth/o2/token` }).catch((e: Error) => e);
    expect((refused as Error).message).toBe(
      `token_request_failed: could not reach the token URL http://127.0.0.1:${port}/auth/o2/token (ECONNREFUSED) - check --token-url / AMAZON_ADS_TOKEN_URL and your connection`,
    );
  });

  it('retries a 429 and a 503 (Retry-After honoured) and then takes the grant', async () => {
    const answers = [
      new Response('{"error":"too many"}', { status: 429, headers: { 'retry-after': '0' } }),
      new Response('<html>unavailable</html>', { status: 503, headers: { 'retry-after': '0', 'content-type': 'text/html' } }),
      new Response(JSON.stringify({ access_token: 'Atza|a', refresh_token: 'Atzr|r' }), { status: 200 }),
    ];
    let calls = 0;
    const fn = (async () => answers[calls++]) as unknown as typeof fetch;
    await expect(exchangeCode({ ...input, fetch: fn })).resolves.toMatchObject({ refresh_token: 'Atzr|r' });
    expect(calls).toBe(3);
  });

  it.each([
    [429, '{}', /^throttled: the token URL 127\.0\.0\.1:9 still answered HTTP 429 after 3 retries - Login with Amazon is limiting requests/],
    [503, '<html>down</html>', /^server_error: the token URL 127\.0\.0\.1:9 still answered HTTP 503 after 3 retries - Login with Amazon is failing/],
    [500, '{"error":"server_error"}', /^server_error: Login with Amazon answered server_error \(a fault on its side, not in your client id or code\)/],
    [400, '{"error":"temporarily_unavailable"}', /^server_error: Login with Amazon answered temporarily_unavailable/],
  ])('HTTP %i %s: retried a bounded number of times, then the real cause naming the token host', async (status, body, expected) => {
    let calls = 0;
    const fn = (async () => {
      calls++;
      return new Response(body, { status, headers: { 'retry-after': '0' } });
    }) as unknown as typeof fetch;
    const error = (await exchangeCode({ ...input, fetch: fn }).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(expected);
    expect(error.message).not.toMatch(/client_id|--api-url/);
    expect(calls).toBe(1 + TOKEN_RETRIES);
  });

  it('an HTML page with 200 is a malformed_response naming the token host', async () => {
    const fn = (async () => new Response('<html>sign in</html>', { status: 200, headers: { 'content-type': 'text/html' } })) as unknown as typeof fetch;
    await expect(exchangeCode({ ...input, fetch: fn })).rejects.toThrow(
      /^malformed_response: the token URL 127\.0\.0\.1:9 answered HTTP 200 with a body that is not JSON \(text\/html\)/,
    );
  });

  it('a body trickled a byte at a time ends at --timeout-request, the body included', async () => {
    const timers = new Set<NodeJS.Timeout>();
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => response.write(' '), 100);
      timers.add(timer);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const error = (await exchangeCode({ ...input, tokenUrl: `http://127.0.0.1:${port}/auth/o2/token`, timeoutMs: 600 }).catch((e: Error) => e)) as Error;
      expect(error.message).toBe(
        `timeout: the token URL 127.0.0.1:${port} sent no complete answer within 600 ms - raise --timeout-request, or check --token-url / AMAZON_ADS_TOKEN_URL and your connection`,
      );
    } finally {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('never puts the client secret into a message', () => {
    for (const code of ['invalid_grant', 'invalid_client', 'invalid_request', 'unsupported_grant_type', 'unauthorized_client', 'other']) {
      expect(explainTokenError(code, input.clientSecret)).not.toContain(input.clientSecret);
    }
  });

  it('reaches a loopback token URL directly although HTTP_PROXY / HTTPS_PROXY name a proxy (Node fetch ignores them)', async () => {
    const proxyPort = await closedPort();
    const server = http.createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ access_token: 'Atza|direct', refresh_token: 'Atzr|direct', expires_in: 3600 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, HTTPS_PROXY: process.env.HTTPS_PROXY, NO_PROXY: process.env.NO_PROXY };
    process.env.HTTP_PROXY = `http://127.0.0.1:${proxyPort}`;
    process.env.HTTPS_PROXY = `http://127.0.0.1:${proxyPort}`;
    delete process.env.NO_PROXY;
    try {
      const { port } = server.address() as { port: number };
      await expect(exchangeCode({ ...input, tokenUrl: `http://127.0.0.1:${port}/auth/o2/token` })).resolves.toMatchObject({ access_token: 'Atza|direct' });
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
