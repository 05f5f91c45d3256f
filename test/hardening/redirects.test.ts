/**
 * Redirects (issue 17, item 2): the run never follows one, so a server answering 307 / 302 towards
 * another host never receives the token request's form body (client secret, refresh token) nor an Ads
 * call's bearer token. The run ends with `unexpected_redirect` naming the target host (not its query),
 * exit 1, reports and the exported environment written, nothing leaked.
 */
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { collection, demo, expectFilesSound, expectOneErrorLine, workspace, writeEverything } from './harness.js';
import { startFaultProxy } from './fault-proxy.js';
import { expectCase } from './failure-cases.js';
import { startRecordingServer } from '../support/recording-server.js';

/** A run whose token or API address redirects every request to a catcher on another port; `named`: the request the failure names. */
async function faultCase(id: string, redirected: 'token' | 'api', status: 307 | 302, named: string): Promise<void> {
  const emulator = await startEmulator({ region: 'na' });
  const proxy = await startFaultProxy(emulator.url);
  const catcher = await startRecordingServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{"access_token":"caught","profiles":[]}');
  });
  const redirector = await startRecordingServer((request, response) => {
    response.writeHead(status, { Location: `${catcher.url}${request.url}?secret-query=kept-out-of-every-line` });
    response.end();
  });
  const ws = workspace(demo);
  try {
    const token = redirected === 'token' ? `${redirector.url}/auth/o2/token` : `${proxy.url}/auth/o2/token`;
    const api = redirected === 'api' ? redirector.url : proxy.url;
    const ran = await collection(['--region', 'na', ...writeEverything(ws), '--api-url', api, '--token-url', token], { cwd: ws.dir });
    const line = expectOneErrorLine(ran, 1);
    const catcherHost = new URL(catcher.url).host;
    expect(line).toContain(`error: unexpected_redirect: a server answered with a redirect`);
    expect(line).toContain(`(${catcherHost})`);
    expect(ran.stdout + ran.stderr).not.toContain('secret-query');
    expect(catcher.received, 'nothing reached the redirect target').toEqual([]);
    expect(redirector.received).toHaveLength(1);
    expect(ran.stdout).toMatch(/\n {2}result +failed\n/);
    // named "Folder / Request" like every failure (plugins/position.ts), not by the request's name alone
    expect(ran.stdout).toMatch(new RegExp(`\\n {2}failures +1\\. ${named.replace(/\//g, '\\/')}: unexpected_redirect: ${redirected === 'token' ? 'POST' : 'GET'} to `));
    expectFilesSound(ws, { reports: true, exported: true });
    expectCase(id, ran, ws, [demo.client_secret, demo.refresh_token, ...proxy.issuedTokens(), ...proxy.realAccessTokens()]);
  } finally {
    ws.remove();
    await redirector.stop();
    await catcher.stop();
    await proxy.stop();
    await emulator.stop();
  }
}

describe.concurrent('redirects are never followed with credentials', { timeout: 240_000 }, () => {
  it('the token URL answers 307 to another host: the client secret and refresh token are not re-posted', async () => {
    await faultCase('token-redirect', 'token', 307, 'Auth / Access token from refresh token');
  });

  it('an Ads call answers 302 to another port: the bearer token is not re-sent', async () => {
    await faultCase('api-redirect', 'api', 302, 'Accounts / Profiles');
  });
});
