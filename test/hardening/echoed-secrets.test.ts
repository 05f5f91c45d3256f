/**
 * Redaction gaps (issue 17, item 12), spawned against small servers that echo secrets: the base64 of
 * `client_id:client_secret` in an error_description, the secret placed across the `--verbose`
 * 4000-character cut, and an access token (not shaped like `Atza|…`) in a token answer above 64 KB.
 * None of them may appear, whole or in part, in stdout, stderr, the reports or the exported environment.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { collection, distinctive, expectFilesSound, expectOneErrorLine, workspace, writeEverything } from './harness.js';
import { expectCase } from './failure-cases.js';

async function serve(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => handle(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const json = (response: http.ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
};

async function faultCase(id: string, handle: Parameters<typeof serve>[0], line: RegExp, extraSecrets: string[]): Promise<void> {
  const server = await serve(handle);
  const ws = workspace(distinctive);
  try {
    const ran = await collection([...writeEverything(ws), '--api-url', server.url, '--token-url', `${server.url}/auth/o2/token`], { cwd: ws.dir });
    expect(expectOneErrorLine(ran, 1)).toMatch(line);
    expectFilesSound(ws, { reports: true, exported: true });
    for (const secret of extraSecrets) expect(ran.stdout + ran.stderr).not.toContain(secret.slice(0, 12));
    expectCase(id, ran, ws, [distinctive.client_secret, distinctive.refresh_token, ...extraSecrets]);
  } finally {
    ws.remove();
    await server.stop();
  }
}

describe.concurrent('secrets a server echoes are masked in every spelling', { timeout: 240_000 }, () => {
  it('base64 of client_id:client_secret, and the secret across the --verbose cut', async () => {
    const basic = Buffer.from(`${distinctive.client_id}:${distinctive.client_secret}`).toString('base64');
    await faultCase('secret-encodings-echoed',
      (_request, response) => {
        const prefix = `{"error":"invalid_client","error_description":"client ${basic} rejected `;
        // the raw secret starts 5 characters before the 4000th character of the printed body
        const padding = 'x'.repeat(4000 - 5 - prefix.length);
        response.writeHead(401, { 'Content-Type': 'application/json' });
        response.end(`${prefix}${padding}${distinctive.client_secret}"}`);
      },
      /^error: invalid_client: /,
      [basic],
    );
  });

  it('an access token not shaped like Atza| in a token answer above 64 KB', async () => {
    const token = 'HARDENING-large-answer-token-Kp3Wm8Qz5Rt1';
    await faultCase('large-token-answer',
      (request, response) => {
        if (request.url?.startsWith('/auth/o2/token')) {
          json(response, 200, { access_token: token, token_type: 'bearer', expires_in: 3600, padding: 'p'.repeat(70 * 1024) });
        } else {
          json(response, 200, []);
        }
      },
      /^error: no_profiles: /,
      [token],
    );
  });
});
