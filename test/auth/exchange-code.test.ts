import http from 'node:http';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { exchangeCode, explainTokenError } from '../../src/auth/exchange-code.js';
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
    await expect(exchangeCode({ ...input, fetch: fakeFetch(502, '<html>bad gateway</html>').fn })).rejects.toThrow(
      /^token_request_failed: the token URL answered HTTP 502/,
    );
    await expect(exchangeCode({ ...input, fetch: fakeFetch(200, '{"access_token":"x"}').fn })).rejects.toThrow(/without an access_token and refresh_token/);
    const port = await closedPort();
    const refused = await exchangeCode({ ...input, tokenUrl: `http://127.0.0.1:${port}/auth/o2/token` }).catch((e: Error) => e);
    expect((refused as Error).message).toBe(
      `token_request_failed: could not reach the token URL http://127.0.0.1:${port}/auth/o2/token (ECONNREFUSED) - check --token-url / AMAZON_ADS_TOKEN_URL and your connection`,
    );
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
