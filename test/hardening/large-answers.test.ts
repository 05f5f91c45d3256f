/**
 * Answers far larger than the work (issue 17, item 9), spawned as a user runs it against an emulator
 * behind a proxy that answers one call itself with a streamed body of about 100 MB:
 * - above `--max-response-mb` (here 1) the body is cut: the run ends with `response_too_large`,
 *   naming the request and the limit, instead of growing to gigabytes or hitting a script time limit;
 * - an account name of 2 MB (an answer under the limit) is printed capped, never whole.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { startEmulatorProxy, type EmulatorProxy } from '../support/emulator-proxy.js';
import { collection, demo, expectFilesSound, expectOneErrorLine, stderrLines, workspace, writeEverything } from './harness.js';
import { expectCase } from './failure-cases.js';

const MB = 1024 * 1024;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

/** Streams `head`, about `megabytes` MB of `fill`, then `tail` (chunked), stopping once the client hangs up. */
function streamLargeJson(response: http.ServerResponse, head: string, megabytes: number, tail: string): void {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  const chunk = Buffer.alloc(MB, 'a');
  let left = megabytes;
  response.on('close', () => {
    left = 0;
  });
  response.write(head);
  const pump = () => {
    while (left > 0) {
      left--;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!response.destroyed) response.end(tail);
  };
  pump();
}

/** A profiles answer: one US profile whose account name is `megabytes` MB of "a". */
function largeProfiles(response: http.ServerResponse, megabytes: number): void {
  streamLargeJson(
    response,
    '[{"profileId":3100000001,"countryCode":"US","currencyCode":"USD","timezone":"America/Los_Angeles","accountInfo":{"marketplaceStringId":"ATVPDKIKX0DER","id":"A1","type":"seller","name":"',
    megabytes,
    '"}}]',
  );
}

async function runBehind(
  intercept: (request: http.IncomingMessage, response: http.ServerResponse) => boolean,
  extraArgs: string[],
  verbose = true,
): Promise<{ ran: Awaited<ReturnType<typeof collection>>; ws: ReturnType<typeof workspace>; proxy: EmulatorProxy }> {
  const proxy = await startEmulatorProxy(emulator.url, { intercept });
  const ws = workspace(demo);
  const everything = writeEverything(ws).filter((arg) => verbose || arg !== '--verbose');
  const ran = await collection([...everything, '--api-url', proxy.url, '--token-url', `${proxy.url}/auth/o2/token`, ...extraArgs], { cwd: ws.dir });
  return { ran, ws, proxy };
}

describe.concurrent('answers far larger than the work', { timeout: 300_000 }, () => {
  it('a 100 MB profiles answer above --max-response-mb ends the run with response_too_large', async () => {
    const { ran, ws, proxy } = await runBehind((request, response) => {
      if (request.method !== 'GET' || !request.url?.startsWith('/v2/profiles')) return false;
      largeProfiles(response, 100);
      return true;
    }, ['--max-response-mb', '1']);
    try {
      const line = expectOneErrorLine(ran, 1);
      expect(line).toMatch(/^error: response_too_large: .*; "Accounts \/ Profiles" \(GET \/v2\/profiles\) sent more than 1 MB \(--max-response-mb 1\) - raise --max-response-mb/);
      expect(ran.stdout).toMatch(/\n {2}result +failed\n/);
      // listed once: the guard's failure (with the limit), not again as Newman's request error
      expect(ran.stdout).toMatch(/ {2}failures +1\. Accounts \/ Profiles: response_too_large: GET \/v2\/profiles answered a body above 1 MB/);
      expect(ran.stdout).not.toMatch(/\n +2\. /);
      // the cut body is never printed: no long run of the name's letters anywhere
      expect(ran.stdout.length + ran.stderr.length).toBeLessThan(64 * 1024);
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('response-too-large-profiles', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await proxy.stop();
    }
  });

  it('a 100 MB campaign page above --max-response-mb ends the run with response_too_large', async () => {
    const { ran, ws, proxy } = await runBehind((request, response) => {
      if (request.method !== 'POST' || !request.url?.startsWith('/sp/campaigns/list')) return false;
      streamLargeJson(response, '{"totalResults":1,"campaigns":[{"campaignId":"1","name":"', 100, '","state":"ENABLED"}]}');
      return true;
    }, ['--max-response-mb', '1']);
    try {
      const line = expectOneErrorLine(ran, 1);
      expect(line).toMatch(/^error: response_too_large: .*; "First call \/ List SP campaigns" \(POST \/sp\/campaigns\/list\) sent more than 1 MB \(--max-response-mb 1\)/);
      expect(ran.stdout.length + ran.stderr.length).toBeLessThan(64 * 1024);
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('response-too-large-campaigns', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await proxy.stop();
    }
  });

  it('a 2 MB account name under the limit is printed capped, the run passes', async () => {
    const { ran, ws, proxy } = await runBehind((request, response) => {
      if (request.method !== 'GET' || !request.url?.startsWith('/v2/profiles')) return false;
      largeProfiles(response, 2);
      return true;
    }, ['--folder', 'profiles'], false);
    try {
      expect(ran.code, ran.stderr).toBe(0);
      expect(stderrLines(ran)).toEqual([]);
      expect(ran.stdout).toMatch(/\n {2}profile +3100000001 US "a{79}…"\n/);
      expect(ran.stdout).not.toContain('a'.repeat(200));
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('account-name-capped', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
      await proxy.stop();
    }
  });
});
