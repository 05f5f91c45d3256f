/**
 * Newman's own options reach Newman unchanged (mapping, in-process), and the TLS ones work against a
 * local HTTPS server in front of the emulator, with a self-signed server certificate and a client
 * certificate whose key has a passphrase, both made by openssl in this test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRunOptions, type RunFlags } from '../../../src/config/run-settings.js';
import { startEmulator } from '../../../src/emulator/index.js';
import { newmanOptionsOf } from '../../../src/run/newman/newman-options.js';
import { runCollection } from '../../../src/run/run-collection.js';
import { startEmulatorProxy } from '../../support/emulator-proxy.js';
import { demo, emulatorRunOptions } from '../helpers.js';

const PASSPHRASE = 'client-key-passphrase-7731';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-tls-'));
  const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: 'ignore', timeout: 30_000 });
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('server.key'), '-out', file('server.crt'), '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-keyout', file('client.key'), '-passout', `pass:${PASSPHRASE}`, '-out', file('client.crt'),
    '-days', '2', '-subj', '/CN=amazon-ads-collection-test-client']);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Newman options are passed to Newman as given', () => {
  it('maps every given option and leaves the others to Newman', () => {
    fs.writeFileSync(file('ca.pem'), 'x');
    const options = resolveRunOptions({
      emulator: true,
      timeoutRequest: '1000',
      timeout: '60000',
      timeoutScript: '500',
      delayRequest: '20',
      insecure: true,
      sslExtraCaCerts: file('ca.pem'),
      sslClientCert: file('ca.pem'),
      sslClientKey: file('ca.pem'),
      sslClientPassphrase: 'pass-phrase',
    });
    // --timeout-request and --timeout are the runner's own (plugins/request-deadline.ts, plugins/run-deadline.ts)
    expect(options).toMatchObject({ timeoutRequest: 1000, timeout: 60000 });
    expect(newmanOptionsOf(options)).toEqual({
      timeoutScript: 500,
      delayRequest: 20,
      insecure: true,
      sslExtraCaCerts: file('ca.pem'),
      sslClientCert: file('ca.pem'),
      sslClientKey: file('ca.pem'),
      sslClientPassphrase: 'pass-phrase',
    });
    expect(newmanOptionsOf(resolveRunOptions({ emulator: true }))).toEqual({});
  });

  it('bad values are one-line usage errors naming the flag', () => {
    expect(() => resolveRunOptions({ emulator: true, delayRequest: 'soon' })).toThrow('--delay-request "soon" is not a positive whole number: use e.g. --delay-request 500');
    expect(() => resolveRunOptions({ emulator: true, timeoutScript: '-1' })).toThrow('--timeout-script "-1" is not a positive whole number');
    expect(() => resolveRunOptions({ emulator: true, sslClientCert: file('missing.pem') })).toThrow(`--ssl-client-cert ${file('missing.pem')} is not a file`);
  });
});

describe('TLS options against a local HTTPS server', () => {
  async function runOverTls(flags: RunFlags, requireClientCertificate = false) {
    const emulator = await startEmulator({ region: 'na' });
    const proxy = await startEmulatorProxy(emulator.url, {
      tls: {
        key: fs.readFileSync(file('server.key')),
        cert: fs.readFileSync(file('server.crt')),
        ...(requireClientCertificate ? { requestCert: true, rejectUnauthorized: true, ca: [fs.readFileSync(file('client.crt'))] } : {}),
      },
    });
    let stdout = '';
    try {
      const options = emulatorRunOptions(proxy, 'na', {
        folder: ['auth', 'profiles'],
        ...flags,
      });
      const outcome = await runCollection(options, { credentials: demo, stdout: (text) => void (stdout += text) });
      return { outcome, stdout };
    } finally {
      await proxy.stop();
      await emulator.stop();
    }
  }

  it('a self-signed server certificate fails the run; -k/--insecure and --ssl-extra-ca-certs each make it pass', async () => {
    const refused = await runOverTls({});
    expect(refused.outcome.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/self[- ]signed|certificate/i);
    expect((await runOverTls({ insecure: true })).outcome.exitCode).toBe(0);
    expect((await runOverTls({ sslExtraCaCerts: file('server.crt') })).outcome.exitCode).toBe(0);
  });

  it('--ssl-client-cert/--ssl-client-key/--ssl-client-passphrase present the client certificate; the passphrase never shows', async () => {
    const withoutCertificate = await runOverTls({ insecure: true }, true);
    expect(withoutCertificate.outcome.exitCode).toBe(1);
    const flags = { insecure: true, sslClientCert: file('client.crt'), sslClientKey: file('client.key'), sslClientPassphrase: PASSPHRASE, verbose: true };
    const withCertificate = await runOverTls(flags, true);
    expect(withCertificate.outcome.exitCode).toBe(0);
    expect(withCertificate.outcome.redactor.has(PASSPHRASE)).toBe(true);
    expect(withCertificate.stdout).not.toContain(PASSPHRASE);
    const wrongPassphrase = await runOverTls({ ...flags, sslClientPassphrase: 'not-the-passphrase' }, true);
    expect(wrongPassphrase.outcome.exitCode).toBe(1);
  });

  it('--ssl-client-cert-list presents the certificate listed for the URL, as newman run does', async () => {
    const list = (matches: string) => {
      const listFile = file(`certs-${matches.length}.json`);
      fs.writeFileSync(listFile, JSON.stringify([{ name: 'test client', matches: [matches], key: { src: file('client.key') }, cert: { src: file('client.crt') }, passphrase: PASSPHRASE }]));
      return listFile;
    };
    expect((await runOverTls({ insecure: true, sslClientCertList: list('https://127.0.0.1:*/*') }, true)).outcome.exitCode).toBe(0);
    // listed for another host only: no certificate is presented
    expect((await runOverTls({ insecure: true, sslClientCertList: list('https://elsewhere.example/*') }, true)).outcome.exitCode).toBe(1);
  });
});
