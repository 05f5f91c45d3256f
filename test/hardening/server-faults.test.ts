/**
 * Faults from the server, and a profile that cannot be chosen, spawned as a user runs it against an
 * emulator (behind a proxy that records every token issued): a failed run names its cause in one
 * `error:` line (exit 1, no stack trace), the JUnit and JSON reports and the exported environment are
 * still written (complete, mode 0600, no temporary file left), the env file is untouched, and no
 * secret or issued token appears in any output.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import type { RegionId } from '../../src/core/regions.js';
import {
  closedPort,
  collection,
  demo,
  distinctive,
  expectFilesSound,
  expectOneErrorLine,
  filesUnder,
  editedCollection,
  projectRoot,
  stderrLines,
  workspace,
  writeEverything,
  type CredentialSet,
  type Ran,
  type Workspace,
} from './harness.js';
import { startFaultProxy, type FaultProxy, type ProxyFaults } from './fault-proxy.js';
import { expectCase } from './failure-cases.js';

interface Context {
  emulator: Emulator;
  proxy: FaultProxy;
  ws: Workspace;
  ran: Ran;
}

interface FaultCase {
  region?: RegionId;
  emulator?: EmulatorOptions;
  proxy?: ProxyFaults;
  /** Default: the emulator's demo credentials. */
  credentials?: CredentialSet;
  /** Default: the proxy in front of the emulator. */
  hosts?(emulator: Emulator): Promise<{ api: string; token: string }> | { api: string; token: string };
  args?(ws: Workspace): string[];
  /** Default 1. */
  exitCode?: 0 | 1;
  line: RegExp;
  check?(context: Context): void;
}

async function faultCase(id: string, fault: FaultCase): Promise<Context> {
  const region = fault.region ?? 'na';
  const emulator = await startEmulator({ region, ...fault.emulator });
  const proxy = await startFaultProxy(emulator.url, fault.proxy);
  const credentials = fault.credentials ?? demo;
  const ws = workspace(credentials);
  try {
    const hosts = (await fault.hosts?.(emulator)) ?? { api: proxy.url, token: `${proxy.url}/auth/o2/token` };
    const ran = await collection(
      ['--region', region, ...writeEverything(ws), '--api-url', hosts.api, '--token-url', hosts.token, ...(fault.args?.(ws) ?? [])],
      { cwd: ws.dir },
    );
    if (fault.exitCode === 0) {
      expect(ran.code, ran.stderr).toBe(0);
      expect(stderrLines(ran)).toEqual([]);
      expect(ran.stdout).toMatch(/\n {2}result +passed\n/);
    } else {
      const line = expectOneErrorLine(ran, 1);
      expect(line).toMatch(fault.line);
      expect(ran.stdout).toMatch(/\n {2}result +failed\n/);
    }
    expectFilesSound(ws, { reports: true, exported: true });
    // The JSON report carries Newman's copy of the run's environment, and the exported environment its
    // final state: both hold the credentials' entries, masked (the scan below proves no spelling slipped through):
    // redacted in the report, typed secret and emptied in the exported environment (as Postman shares one)
    const masks = { report: ['[REDACTED]', '[REDACTED]'], exported: ['', ''] };
    for (const [kind, file] of [['report', filesUnder(ws.reportDir).find((name) => name.endsWith('.newman.json'))!], ['exported', ws.exported]] as const) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      const values = (json.environment ?? json).values as Array<{ key: string; value: unknown }>;
      const valueOf = (key: string) => values.find((entry) => entry.key === key)?.value;
      expect([valueOf('client_secret'), valueOf('refresh_token')], file).toEqual(masks[kind]);
    }
    const context = { emulator, proxy, ws, ran };
    fault.check?.(context);
    // every grant went through the proxy, so every access token the runner saw was a disguised one
    const handedOut = proxy.issuedTokens().filter((token) => token.startsWith('HARDENING-access-token-'));
    expect(handedOut).toHaveLength(hosts.api === proxy.url ? emulator.stats.grants.refresh_token : 0);
    expectCase(id, ran, ws, [credentials.client_secret, credentials.refresh_token, ...proxy.issuedTokens(), ...proxy.realAccessTokens()]);
    return context;
  } finally {
    ws.remove();
    await proxy.stop();
    await emulator.stop();
  }
}

/** A copy of the generated collection whose "List SP campaigns" sends a Content-Type the API refuses. */
function collectionWithWrongMediaType(ws: Workspace): string {
  return editedCollection(ws, 'wrong-media-type.postman_collection.json', 'List SP campaigns', (item) => {
    const contentTypes = (item.request?.header ?? []).filter((header) => /^content-type$/i.test(header.key));
    expect(contentTypes).toHaveLength(1);
    for (const header of contentTypes) header.value = 'application/json';
  });
}

/** A copy of the region's environment with retry_after_cap_seconds = 0, so 5xx backoffs do not wait. */
function environmentWithoutWaits(ws: Workspace, region: RegionId): string {
  const json = JSON.parse(fs.readFileSync(path.join(projectRoot, `environments/amazon-ads-api.${region}.postman_environment.json`), 'utf8'));
  const entry = json.values.find((value: { key: string }) => value.key === 'retry_after_cap_seconds');
  expect(entry).toBeDefined();
  entry.value = '0';
  const file = path.join(ws.dir, `${region}.postman_environment.json`);
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
}

/** An https server on 127.0.0.1 with a self-signed certificate made for this test by openssl. */
async function selfSignedServer(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const made = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert,
  ], { encoding: 'utf8' });
  expect(made.status, `openssl: ${made.stderr}`).toBe(0);
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const nothingReached = ({ emulator }: Context) => expect(emulator.stats.requests).toBe(0);

describe.concurrent('faults from the server: exit 1 naming the cause, reports still written, nothing leaked', { timeout: 240_000 }, () => {
  it('connection refused', async () => {
    const port = await closedPort();
    await faultCase('connection-refused', {
      credentials: distinctive,
      hosts: () => ({ api: `http://127.0.0.1:${port}`, token: `http://127.0.0.1:${port}/auth/o2/token` }),
      line: /^error: host_unreachable: host unreachable \(127\.0\.0\.1:\d+\)/,
      check: nothingReached,
    });
  });

  it('a host name that does not resolve (reserved .invalid top-level domain: nothing is contacted)', async () => {
    await faultCase('name-not-resolved', {
      credentials: distinctive,
      hosts: () => ({ api: 'https://ads-api.hardening.invalid', token: 'https://ads-api.hardening.invalid/auth/o2/token' }),
      line: /^error: host_unreachable: host unreachable \(ads-api\.hardening\.invalid\)/,
      check: nothingReached,
    });
  });

  it('TLS failure: https to a plain-HTTP port', async () => {
    await faultCase('tls-plain-port', {
      credentials: distinctive,
      hosts: (emulator) => {
        const https = emulator.url.replace(/^http:/, 'https:');
        return { api: https, token: `${https}/auth/o2/token` };
      },
      line: /^error: tls_error: TLS connection failed/,
      check: nothingReached,
    });
  });

  it('TLS failure: a self-signed certificate', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardening-tls-'));
    const server = await selfSignedServer(dir);
    try {
      await faultCase('tls-self-signed', {
        credentials: distinctive,
        hosts: () => ({ api: server.url, token: `${server.url}/auth/o2/token` }),
        line: /^error: tls_error: TLS connection failed \(certificate or protocol\) \(127\.0\.0\.1:\d+\)/,
      });
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('request timeout: the server answers later than --timeout-request', async () => {
    await faultCase('request-timeout', {
      credentials: distinctive,
      emulator: { latencyMs: 4000 },
      args: () => ['--timeout-request', '300'],
      line: /^error: timeout: request timed out/,
    });
  });

  it('401 mid-run because the access token expired early: one refresh, the request retried, the run passes', async () => {
    await faultCase('token-expired-early', {
      emulator: { expireTokensAfterCalls: 1 },
      exitCode: 0,
      line: /./,
      check: ({ emulator, ran }) => {
        expect(emulator.stats.grants.refresh_token).toBe(2);
        // the first campaign list got the 401 and was sent again after the refresh
        expect(ran.stdout).toMatch(/\[401 Unauthorized[\s\S]*?\n→ List S[PBD] campaigns\n {2}POST [^\n]*\/auth\/o2\/token \[200 OK/);
        expect(ran.stdout).toMatch(/\n {2}campaigns +SP 5, SB 3, SD 2\n/);
      },
    });
  });

  it('401 mid-run and still 401 after the refresh: unauthorized', async () => {
    await faultCase('token-expired-refresh-fails', {
      proxy: { unauthorizedAfterCalls: 1 },
      line: /^error: unauthorized: the Ads API refused the access token even after a refresh/,
      check: ({ emulator }) => expect(emulator.stats.grants.refresh_token).toBe(2),
    });
  });

  it('invalid_grant', async () => {
    await faultCase('invalid-grant', {
      emulator: { rejectRefresh: true },
      line: /^error: invalid_grant: refresh token rejected \(revoked, or issued to another app\)/,
      check: ({ emulator }) => expect(emulator.stats.routes).toEqual({ 'POST /auth/o2/token': 1 }),
    });
  });

  it('invalid_client', async () => {
    await faultCase('invalid-client', {
      credentials: { ...distinctive, client_id: demo.client_id },
      line: /^error: invalid_client: wrong client id or secret/,
      check: ({ emulator }) => expect(emulator.stats.routes).toEqual({ 'POST /auth/o2/token': 1 }),
    });
  });

  it('403 on a campaign list: profile not accessible', async () => {
    await faultCase('forbidden', {
      args: () => ['--folder', 'campaigns', '--profile-id', '12345'],
      line: /^error: profile_not_accessible: /,
      check: ({ ran }) => expect(ran.stdout).toMatch(/HTTP 403/),
    });
  });

  it('415: a collection that sends a media type the API refuses', async () => {
    await faultCase('unsupported-media-type', {
      args: (ws) => ['--collection', collectionWithWrongMediaType(ws)],
      line: /^error: unsupported_media_type: /,
      check: ({ ran }) => expect(ran.stdout).toMatch(/HTTP 415/),
    });
  });

  it('429 past the retry budget', async () => {
    await faultCase('throttled', {
      emulator: { throttle: 100, retryAfterSeconds: 0 },
      line: /^error: throttled: still 429 after the retries/,
      check: ({ emulator }) => expect(emulator.stats.routes['GET /v2/profiles']).toBe(6), // 1 + 5 retries
    });
  });

  it('5xx past the retry budget', async () => {
    await faultCase('server-error', {
      emulator: { serverErrors: 100 },
      args: (ws) => ['--environment', environmentWithoutWaits(ws, 'na')],
      line: /^error: server_error: the Ads API kept answering 5xx after the retries/,
      check: ({ emulator }) => expect(emulator.stats.routes['GET /v2/profiles']).toBe(4), // 1 + 3 retries
    });
  });

  // --folder reports: the report flow's failures, and a download that fails (expectFilesSound: the
  // report folder holds only the JUnit and JSON reports, no report file, whole or partial)
  const reports = ['--folder', 'reports', '--report-days', '2'];
  it('--folder reports: the report ends FAILED', async () => {
    await faultCase('report-failed', {
      emulator: { reportDelay: 0, reportFail: true },
      args: () => reports,
      line: /^error: report_failed: Amazon could not build the report/,
      check: ({ ran, emulator }) => {
        expect(ran.stdout).toMatch(/report_failed: report [0-9a-f-]{36} FAILED: Report generation failed/);
        expect(emulator.downloads).toEqual([]);
      },
    });
  });

  it('--folder reports: the report is not ready within --report-timeout', async () => {
    await faultCase('report-timeout', {
      emulator: { reportDelay: 1_000_000 },
      args: () => [...reports, '--report-timeout', '1'],
      line: /^error: report_timeout: the report was not ready within report_timeout_seconds/,
      check: ({ ran, emulator }) => {
        expect(ran.stdout).toMatch(/is still (PENDING|PROCESSING) after \d+ s and \d polls \(report_timeout_seconds 1\)/);
        // one poll, a wait of at most the second left, one more poll (one alone when the machine is slow)
        expect(emulator.stats.routes['GET /reporting/reports/{reportId}']).toBeLessThanOrEqual(2);
        expect(emulator.downloads).toEqual([]);
      },
    });
  });

  /** A report COMPLETED at the first poll whose download fails: one download, no `rows →` line, the URL masked. */
  const downloadFault = (emulatorOptions: EmulatorOptions, line: RegExp): FaultCase => ({
    emulator: { reportDelay: 0, ...emulatorOptions },
    args: () => reports,
    line,
    check: ({ ran, emulator }) => {
      expect(emulator.downloads).toHaveLength(1);
      expect(ran.stdout).not.toMatch(/rows →/);
      expect(ran.stdout).not.toMatch(/report-files\/[^\s"]*Signature/);
    },
  });

  it('--folder reports: the download URL has expired', async () => {
    await faultCase('report-url-expired', downloadFault({ reportUrlTtlSeconds: 0 }, /^error: report_download_failed: the report file could not be downloaded/));
  });

  it('--folder reports: the downloaded file is not gzip', async () => {
    await faultCase('report-not-gzip', downloadFault({ reportNotGzip: true }, /^error: report_not_gzip: the downloaded report is not a gzip file/));
  });

  it('--folder reports: the download stops halfway through the gzip stream', async () => {
    await faultCase('report-truncated', downloadFault({ reportTruncated: true, reportRows: 5000 }, /^error: report_truncated: the downloaded report ended early/));
  });

  it('a list response that is not JSON', async () => {
    await faultCase('malformed-list', {
      emulator: { malformed: true },
      line: /^error: malformed_response: /,
    });
  });

  it('a nextToken that repeats: paging stops', async () => {
    await faultCase('repeated-next-token', {
      emulator: { repeatNextToken: true, pageSize: 2, campaigns: 9 },
      line: /^error: repeated_next_token: /,
      check: ({ emulator }) => expect(emulator.stats.routes['POST /sp/campaigns/list']).toBe(2), // page one, page two: stop
    });
  });

  it('zero profiles', async () => {
    await faultCase('zero-profiles', {
      region: 'eu',
      emulator: { emptyProfiles: true },
      line: /^error: no_profiles: no advertising profiles in this region - try the other regions: --region na or --region fe/,
      check: ({ emulator }) => expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined(),
    });
  });
});

describe.concurrent('after listing profiles: exit 1, printing what exists', { timeout: 240_000 }, () => {
  it('--profile-id not among the profiles: the ids that exist are printed', async () => {
    await faultCase('profile-id-unknown', {
      args: () => ['--profile-id', '12345'],
      line: /^error: profile_not_accessible: /,
      check: ({ ran, emulator }) => {
        expect(ran.stdout).toMatch(/profile 12345 is not among the profiles of this login in this region; they are \d+ \(US\)/);
        expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
      },
    });
  });

  it('--country with no profile: the countries that exist are printed', async () => {
    await faultCase('country-no-match', {
      region: 'fe',
      args: () => ['--country', 'US'],
      line: /^error: no_profile_in_country: /,
      check: ({ ran, emulator }) => {
        expect(ran.stdout).toMatch(/no profile in marketplace US; this login has profiles in JP, AU, SG/);
        expect(emulator.stats.routes['POST /sp/campaigns/list']).toBeUndefined();
      },
    });
  });
});
