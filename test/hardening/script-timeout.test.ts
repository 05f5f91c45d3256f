/**
 * A script that runs past `--timeout-script` (issue 17, item 9): the Postman sandbox stops it with
 * Node's "Script execution timed out after …ms", and the run names that as `script_timeout` (raise the
 * limit) instead of `script_error` (regenerate the collection). Spawned as a user runs it, with a copy
 * of the generated collection whose "List SP campaigns" test script busy-waits (bounded, 2 minutes).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { closedPort, collection, demo, expectFilesSound, expectOneErrorLine, editedCollection, workspace, writeEverything, type Workspace } from './harness.js';
import { expectCase } from './failure-cases.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

/** A copy of the generated collection whose "List SP campaigns" test script waits up to 2 minutes first. */
function collectionWithSlowScript(ws: Workspace): string {
  return editedCollection(ws, 'slow-script.postman_collection.json', 'List SP campaigns', (item) => {
    const test = item.event?.find((event) => event.listen === 'test');
    expect(test, 'the test script of List SP campaigns').toBeDefined();
    test!.script.exec.unshift('const slowUntil = Date.now() + 120000;', 'while (Date.now() < slowUntil) { /* a slow script */ }');
  });
}

describe.concurrent('a script longer than --timeout-script', { timeout: 240_000 }, () => {
  it('a limit too short for the sandbox to start is a usage error before any request', async () => {
    const ws = workspace(demo);
    try {
      // a closed port: a request sent would end in host_unreachable (exit 1), not this usage error
      const port = await closedPort();
      const url = `http://127.0.0.1:${port}`;
      const ran = await collection([...writeEverything(ws), '--api-url', url, '--token-url', `${url}/auth/o2/token`, '--timeout-script', '2'], { cwd: ws.dir });
      expect(expectOneErrorLine(ran, 2)).toMatch(/^error: --timeout-script "2" is below 100/);
      expectFilesSound(ws, { reports: false, exported: false });
      expectCase('timeout-script-too-small', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
    }
  });

  it('ends the run with script_timeout, not script_error', async () => {
    const ws = workspace(demo);
    try {
      const started = Date.now();
      const ran = await collection(
        [...writeEverything(ws), '--api-url', emulator.url, '--token-url', `${emulator.url}/auth/o2/token`, '--collection', collectionWithSlowScript(ws), '--timeout-script', '1000'],
        { cwd: ws.dir },
      );
      const line = expectOneErrorLine(ran, 1);
      expect(line).toMatch(/^error: script_timeout: a collection script ran longer than .*; stopped in the test script of "First call \/ List SP campaigns" - raise --timeout-script/);
      // listed once, under the request it stopped in
      expect(ran.stdout).toMatch(/\n {2}failures {5}1\. First call \/ List SP campaigns: Error: Script execution timed out after 1000ms\n {2}report/);
      expect(ran.stdout).toMatch(/\n {2}result +failed\n/);
      expect(ran.stdout).toMatch(/Script execution timed out after 1000ms/);
      // stopped at the limit, not after the script's own 2 minutes
      expect(Date.now() - started).toBeLessThan(110_000);
      expectFilesSound(ws, { reports: true, exported: true });
      expectCase('script-timeout', ran, ws, [demo.client_secret, demo.refresh_token]);
    } finally {
      ws.remove();
    }
  });
});
