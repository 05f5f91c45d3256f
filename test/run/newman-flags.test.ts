/**
 * Newman parity (issue 28 item 4): the flags `newman run` users type, each shown doing what it does in
 * Newman, in a run against the emulator (in-process: tests/run/helpers.ts) or, where the run cannot
 * show more than the mapping, through the options table and newman-options.ts.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRunOptions } from '../../src/config/run-settings.js';
import { startEmulator } from '../../src/emulator/index.js';
import { newmanOptionsOf } from '../../src/run/newman/newman-options.js';
import { runCollection } from '../../src/run/run-collection.js';
import { validatePaths } from '../../src/validate/validate.js';
import { startEmulatorProxy } from '../support/emulator-proxy.js';
import { demo, emulatorRunOptions, runAgainstEmulator, summaryLines } from './helpers.js';

let dir: string;
const file = (name: string) => path.join(dir, name);
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newman-flags-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const auth = { folder: ['auth'] };

describe('iterations: -d/--iteration-data, -n/--iteration-count', () => {
  it('-n 3 runs the collection three times', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na' }, { ...auth, iterationCount: '3' });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.requests.total).toBe(3);
  });

  it('-d runs once per data row, its columns as data variables', async () => {
    // a data column is a variable of its iteration: page_size sets the SP list's page size (maxResults)
    fs.writeFileSync(file('rows.csv'), 'page_size\n2\n3\n');
    const emulator = await startEmulator({ region: 'na', campaigns: 6 });
    const asked: string[] = [];
    const proxy = await startEmulatorProxy(emulator.url, {
      intercept(request) {
        if (request.url?.startsWith('/sp/campaigns/list')) asked.push(request.headers['content-length'] ?? '');
        return false;
      },
    });
    try {
      const options = emulatorRunOptions(proxy, 'na', { folder: ['auth', 'profiles', 'First call/List SP campaigns'], iterationData: file('rows.csv') });
      const outcome = await runCollection(options, { credentials: demo, stdout: () => undefined });
      expect(outcome.exitCode, outcome.summaryText).toBe(0);
      // 6 campaigns: pages of 2 (3 calls) in the first iteration, pages of 3 (2 calls) in the second
      expect(asked).toHaveLength(5);
    } finally {
      await proxy.stop();
      await emulator.stop();
    }
  });

  it('a missing data file is a usage error naming the flag', () => {
    expect(() => resolveRunOptions({ emulator: true, iterationData: file('none.csv') })).toThrow(`--iteration-data ${file('none.csv')} is not a file: give the path of an existing JSON or CSV data file`);
    expect(() => resolveRunOptions({ emulator: true, iterationCount: '0' })).toThrow('--iteration-count "0" is not a positive whole number');
  });
});

describe('globals: -g/--globals, --global-var, --export-globals', () => {
  it('starts from the globals file and --global-var, exports the final globals with secrets typed secret and masked', async () => {
    const secret = 'global-secret-value-5521';
    fs.writeFileSync(
      file('start.postman_globals.json'),
      JSON.stringify({ name: 'Globals', _postman_variable_scope: 'globals', values: [
        { key: 'greeting', value: 'hello', type: 'default', enabled: true },
        { key: 'vendor_key', value: secret, type: 'secret', enabled: true },
      ] }),
    );
    const { outcome, stdout } = await runAgainstEmulator({ region: 'na' }, {
      ...auth,
      globals: file('start.postman_globals.json'),
      globalVar: ['extra=1', 'greeting=hi'],
      exportGlobals: file('final.postman_globals.json'),
      verbose: true,
    });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.exportedGlobals).toBe(file('final.postman_globals.json'));
    const exported = JSON.parse(fs.readFileSync(file('final.postman_globals.json'), 'utf8'));
    expect(exported._postman_variable_scope).toBe('globals');
    const byKey = Object.fromEntries(exported.values.map((entry: { key: string }) => [entry.key, entry]));
    expect(byKey.greeting).toMatchObject({ value: 'hi', type: 'default', enabled: true });
    expect(byKey.extra).toMatchObject({ value: '1' });
    expect(byKey.vendor_key).toMatchObject({ value: '', type: 'secret' });
    expect(stdout + fs.readFileSync(file('final.postman_globals.json'), 'utf8')).not.toContain(secret);
    expect(stdout).toMatch(new RegExp(`\\n {2}globals +${file('final.postman_globals.json')}\\n`));
  });

  it('a missing globals file, a --global-var without a name: usage errors', () => {
    expect(() => resolveRunOptions({ emulator: true, globals: file('none.json') })).toThrow('--globals');
    expect(() => resolveRunOptions({ emulator: true, globalVar: '=x' })).toThrow('--global-var needs KEY=VALUE');
  });
});

describe('--export-collection', () => {
  it('writes the collection as it ran: the selected requests only, a collection validate accepts', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na' }, { ...auth, exportCollection: file('ran.postman_collection.json') });
    expect(outcome.exitCode).toBe(0);
    const exported = JSON.parse(fs.readFileSync(file('ran.postman_collection.json'), 'utf8'));
    expect(exported.item.map((item: { name: string }) => item.name)).toEqual(['Auth']);
    expect(exported.item[0].item.map((item: { name: string }) => item.name)).toEqual(['Access token from refresh token']);
    expect(fs.statSync(file('ran.postman_collection.json')).mode & 0o777).toBe(0o600);
    const report = await validatePaths([file('ran.postman_collection.json')]);
    expect([report.unreadable, report.problems]).toEqual([[], []]);
  });
});

describe('--export-environment', () => {
  it('is a Postman environment `npm run validate` accepts; with --export-secrets the secrets stay typed secret', async () => {
    const masked = file('masked.postman_environment.json');
    const kept = file('kept.postman_environment.json');
    expect((await runAgainstEmulator({ region: 'na' }, { ...auth, exportEnvironment: masked })).outcome.exitCode).toBe(0);
    expect((await runAgainstEmulator({ region: 'na' }, { ...auth, exportEnvironment: kept, exportSecrets: true })).outcome.exitCode).toBe(0);
    const report = await validatePaths([masked]);
    expect([report.unreadable, report.problems]).toEqual([[], []]);
    const secret = JSON.parse(fs.readFileSync(kept, 'utf8')).values.find((entry: { key: string }) => entry.key === 'client_secret');
    expect(secret).toEqual({ key: 'client_secret', value: demo.client_secret, type: 'secret', enabled: true });
    // with the secrets in it, validate's no-secrets rule says so (and only that)
    const keptProblems = (await validatePaths([kept])).problems;
    expect(keptProblems.length).toBeGreaterThan(0);
    expect(keptProblems.every((problem) => problem.rule === 'no-secrets')).toBe(true);
  });
});

describe('--exclude-folder and --folder by id', () => {
  it('--exclude-folder leaves a request out of what --folder selects; --folder takes a request id', async () => {
    const collection = JSON.parse(fs.readFileSync('collections/amazon-ads-api.postman_collection.json', 'utf8'));
    const firstCall = collection.item.find((item: { name: string }) => item.name === 'First call');
    const sbId: string = firstCall.item.find((item: { name: string }) => item.name === 'List SB campaigns').id;
    const excluded = await runAgainstEmulator({ region: 'na' }, { folder: ['auth', 'profiles', 'campaigns'], excludeFolder: ['First call/List SB campaigns'] });
    expect(excluded.outcome.exitCode).toBe(0);
    expect(excluded.stdout).toContain('List SP campaigns');
    expect(excluded.stdout).not.toContain('List SB campaigns');
    const byId = await runAgainstEmulator({ region: 'na' }, { folder: [sbId] });
    expect(byId.outcome.exitCode).toBe(0);
    expect(byId.stdout).toContain('List SB campaigns');
    expect(byId.stdout).not.toContain('List SP campaigns');
  });
});

describe('--cookie-jar', () => {
  it('the jar\'s cookies go out with the requests of their host', async () => {
    const emulator = await startEmulator({ region: 'na' });
    const cookies: string[] = [];
    const proxy = await startEmulatorProxy(emulator.url, {
      intercept(request) {
        cookies.push(String(request.headers.cookie ?? ''));
        return false;
      },
    });
    try {
      const jar = {
        version: 'tough-cookie@4.1.3',
        storeType: 'MemoryCookieStore',
        rejectPublicSuffixes: true,
        cookies: [{ key: 'session', value: 'jar-cookie-1', domain: '127.0.0.1', path: '/', hostOnly: true, creation: new Date().toISOString(), lastAccessed: new Date().toISOString() }],
      };
      fs.writeFileSync(file('jar.json'), JSON.stringify(jar));
      const outcome = await runCollection(emulatorRunOptions(proxy, 'na', { ...auth, cookieJar: file('jar.json') }), { credentials: demo, stdout: () => undefined });
      expect(outcome.exitCode).toBe(0);
      expect(cookies.some((cookie) => cookie.includes('session=jar-cookie-1'))).toBe(true);
    } finally {
      await proxy.stop();
      await emulator.stop();
    }
  });
});

describe('--bail [folder,failure]', () => {
  it('reads the modifiers as newman run does; bad ones are a usage error', () => {
    const bail = (value: string | boolean) => newmanOptionsOf(resolveRunOptions({ emulator: true, bail: value as string })).bail;
    expect(bail('')).toBe(true);
    expect(bail(true)).toBe(true);
    expect(bail('failure')).toEqual(['failure']);
    expect(bail('folder,failure')).toEqual(['folder', 'failure']);
    expect(newmanOptionsOf(resolveRunOptions({ emulator: true })).bail).toBeUndefined();
    expect(() => resolveRunOptions({ emulator: true, bail: 'always' })).toThrow('--bail "always" is not a modifier: use --bail alone, or with folder, failure or folder,failure');
  });

  it('--bail failure stops after the first failed test; without it the later lists still run', async () => {
    // the SB list, the first, answers 404 (unexpected_status: a failed test that does not stop a run by itself)
    async function run(bail?: string) {
      const emulator = await startEmulator({ region: 'na' });
      const proxy = await startEmulatorProxy(emulator.url, {
        intercept(request, response) {
          if (!request.url?.startsWith('/sb/v4/campaigns/list')) return false;
          response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"code":"NOT_FOUND"}');
          return true;
        },
      });
      let stdout = '';
      try {
        const options = emulatorRunOptions(proxy, 'na', { folder: ['auth', 'profiles', 'campaigns'], ...(bail === undefined ? {} : { bail }) });
        const outcome = await runCollection(options, { credentials: demo, stdout: (text) => void (stdout += text) });
        return { outcome, stdout };
      } finally {
        await proxy.stop();
        await emulator.stop();
      }
    }
    const without = await run();
    expect(without.outcome.exitCode).toBe(1);
    expect(without.stdout).toContain('List SP campaigns');
    const bailed = await run('failure');
    expect(bailed.outcome.exitCode).toBe(1);
    expect(bailed.stdout).toContain('HTTP 404');
    expect(bailed.stdout).not.toContain('List SD campaigns');
    expect(bailed.stdout).not.toContain('List SP campaigns');
  });
});

describe('0 = no limit: --timeout, --timeout-request, --timeout-script', () => {
  it('0 resolves to no limit (the defaults otherwise) and a run with all three at 0 passes', async () => {
    const none = resolveRunOptions({ emulator: true, timeout: '0', timeoutRequest: '0', timeoutScript: '0' });
    expect([none.timeout, none.timeoutRequest, none.timeoutScript]).toEqual([undefined, undefined, undefined]);
    expect(newmanOptionsOf(none).timeoutScript).toBeUndefined();
    const defaults = resolveRunOptions({ emulator: true });
    expect([defaults.timeout, defaults.timeoutRequest]).toEqual([3_600_000, 60_000]);
    expect(() => resolveRunOptions({ emulator: true, timeout: '-1' })).toThrow('--timeout "-1" is not a positive whole number');
    const { outcome } = await runAgainstEmulator({ region: 'na' }, { ...auth, timeout: '0', timeoutRequest: '0', timeoutScript: '0' });
    expect(outcome.exitCode).toBe(0);
  });
});

describe('--working-dir', () => {
  it("a request's file body is read from the working folder", async () => {
    const work = fs.mkdtempSync(path.join(dir, 'work-'));
    fs.writeFileSync(path.join(work, 'body.txt'), 'from the working folder');
    const collectionFile = file('upload.postman_collection.json');
    fs.writeFileSync(collectionFile, JSON.stringify({
      info: { name: 'Upload', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [{ name: 'Upload', request: { method: 'POST', url: '{{api_url}}/upload', body: { mode: 'file', file: { src: 'body.txt' } } } }],
    }));
    // the request goes to a server of this test, which keeps what it received
    const bodies: string[] = [];
    const server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        bodies.push(body);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const options = emulatorRunOptions({ url }, 'na', { collection: collectionFile, folder: ['Upload'], workingDir: work });
      const outcome = await runCollection(options, { credentials: demo, stdout: () => undefined });
      expect(outcome.exitCode, outcome.summaryText).toBe(0);
      expect(bodies).toEqual(['from the working folder']);
      // without it the file is looked for in the current folder, where there is none
      await runCollection(emulatorRunOptions({ url }, 'na', { collection: collectionFile, folder: ['Upload'] }), { credentials: demo, stdout: () => undefined });
      expect(bodies.slice(1)).not.toContain('from the working folder');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('files Newman reads: --working-dir, --ssl-client-cert-list', () => {
  it('go to Newman as absolute paths, checked first', () => {
    fs.writeFileSync(file('certs.json'), '[]');
    const options = resolveRunOptions({ emulator: true, workingDir: dir, sslClientCertList: file('certs.json') });
    expect(newmanOptionsOf(options)).toEqual({ workingDir: dir, sslClientCertList: file('certs.json') });
    expect(() => resolveRunOptions({ emulator: true, workingDir: file('certs.json') })).toThrow(`--working-dir ${file('certs.json')} is not a folder`);
    expect(() => resolveRunOptions({ emulator: true, sslClientCertList: file('none.json') })).toThrow('--ssl-client-cert-list');
  });
});

describe('--disable-unicode, --ignore-redirects', () => {
  it('--disable-unicode prints plain text marks', async () => {
    const unicode = await runAgainstEmulator({ region: 'na' }, auth);
    expect(unicode.stdout).toContain('✓');
    const plain = await runAgainstEmulator({ region: 'na' }, { ...auth, disableUnicode: true });
    expect(plain.outcome.exitCode).toBe(0);
    expect(plain.stdout).toContain('-> Access token from refresh token');
    expect(plain.stdout).toContain('  Pass token response carries an access token');
    expect(plain.stdout).not.toMatch(/[✓✗→·…]/);
  });

  it('--ignore-redirects is accepted (no redirect is ever followed here)', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na' }, { ...auth, ignoreRedirects: true });
    expect(outcome.exitCode).toBe(0);
  });
});

describe('reporters: --reporter-<name>-export for junit and json, -r progress, htmlextra duration', () => {
  it('--reporter-junit-export and --reporter-json-export write where they say, not in --report-dir', async () => {
    const reportDir = file('reports');
    fs.mkdirSync(file('out'));
    const { outcome } = await runAgainstEmulator({ region: 'na' }, {
      ...auth,
      reporters: 'cli,junit,json',
      reportDir,
      reporterOptions: { junit: { export: file('out/run.xml') }, json: { export: file('out/run.json') } },
    });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.reportFiles.sort()).toEqual([file('out/run.json'), file('out/run.xml')]);
    expect(fs.readFileSync(file('out/run.xml'), 'utf8')).toContain('<testsuites');
    expect(JSON.parse(fs.readFileSync(file('out/run.json'), 'utf8')).run.stats.requests.total).toBe(1);
    expect(fs.readdirSync(reportDir)).toEqual([]);
  });

  it('-r progress is Newman\'s built-in progress bar: no package to install, the run passes', async () => {
    const { outcome } = await runAgainstEmulator({ region: 'na' }, { ...auth, reporters: 'progress' });
    expect(outcome.exitCode).toBe(0);
    expect(summaryLines(outcome.summaryText).result).toBe('passed');
  });

  it('htmlextra says the run\'s real duration', async () => {
    const html = file('run.html');
    const { outcome } = await runAgainstEmulator({ region: 'na', latencyMs: 50 }, { ...auth, reporters: 'htmlextra', reporterOptions: { htmlextra: { export: html } } });
    expect(outcome.exitCode).toBe(0);
    const duration = /Total run duration:<\/strong>\s*([\d.]+)(ms|s)/.exec(fs.readFileSync(html, 'utf8'));
    expect(duration).not.toBeNull();
    expect(Number(duration![1]) * (duration![2] === 's' ? 1000 : 1)).toBeGreaterThanOrEqual(50);
  });
});
