/**
 * Bad input, spawned as a user runs it: one `error:` line naming the problem and the fix, exit 2, no
 * stack trace, nothing on stdout, no report or exported environment left behind, the env file
 * untouched, no secret printed, and no request sent (the run points at an emulator that counts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import {
  cleanEnv,
  collection,
  demo,
  distinctive,
  expectFilesSound,
  expectOneErrorLine,
  generatedCollection,
  projectRoot,
  spawnRun,
  stderrLines,
  workspace,
  type Ran,
  type Workspace,
} from './harness.js';
import { expectCase } from './failure-cases.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ region: 'na' });
});
afterAll(async () => {
  await emulator?.stop();
});

const secrets = [distinctive.client_secret, distinctive.refresh_token];

interface BadInput {
  /** Flags of the case; `ws` is its workspace. */
  args(ws: Workspace): string[];
  envText?: string;
  /** Leave out --envFile (the case names its own). */
  noEnvFile?: boolean;
  /** Leave out --export-environment (the case names its own). */
  noExport?: boolean;
  /** Leave out --report-dir (the case names its own). */
  noReportDir?: boolean;
}

/** Runs a bad-input case with every output switched on, and checks what all of them share. */
async function badInput(id: string, input: BadInput): Promise<string> {
  const ws = workspace(distinctive, input.envText);
  try {
    const args = [
      ...(input.noEnvFile ? [] : ['--envFile', ws.envFile]),
      '--api-url', emulator.url,
      '--token-url', `${emulator.url}/auth/o2/token`,
      '--reporters', 'cli,junit,json',
      ...(input.noReportDir ? [] : ['--report-dir', ws.reportDir]),
      ...(input.noExport ? [] : ['--export-environment', ws.exported]),
      '--verbose',
      ...input.args(ws),
    ];
    const ran = await collection(args, { cwd: ws.dir });
    const line = expectOneErrorLine(ran, 2);
    expect(ran.stdout).toBe('');
    expectFilesSound(ws, { reports: false, exported: false });
    expectCase(id, ran, ws, secrets);
    return line;
  } finally {
    ws.remove();
  }
}

function write(ws: Workspace, name: string, text: string): string {
  const file = path.join(ws.dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe.concurrent('bad input: exit 2, one line naming the problem and the fix, no request sent', { timeout: 240_000 }, () => {
  afterAll(() => {
    // Checked once all cases of this block have run: none of them sent anything.
    expect(emulator.stats.routes).toEqual({});
  });

  it('unknown region', async () => {
    const line = await badInput('unknown-region', { args: () => ['--region', 'moon'] });
    expect(line).toMatch(/unknown region "moon".*--region.*na, eu, fe/);
  });

  it('unknown folder', async () => {
    const line = await badInput('unknown-folder', { args: () => ['--folder', 'Reportng'] });
    expect(line).toMatch(/unknown --folder "Reportng" \(no such folder or request in .*\): close matches: "reports", "Reporting", /);
  });

  it('an interactive grant request asked to run headless', async () => {
    const line = await badInput('grant-request-headless', { args: () => ['--folder', 'Auth grant login'] });
    expect(line).toMatch(/--folder "Auth grant login" selects "Auth \/ Auth grant login", which needs a person at the consent page in a browser and never runs headless: .*npm run auth/);
  });

  it('a single-value flag given twice', async () => {
    const line = await badInput('flag-repeated', { noReportDir: true, args: (ws) => ['--report-dir', ws.reportDir, '--report-dir', ws.dir] });
    expect(line).toBe('error: --report-dir was given 2 times: give it once');
  });

  it('an env file named explicitly that does not exist', async () => {
    const line = await badInput('env-file-missing', { noEnvFile: true, args: (ws) => ['--envFile', path.join(ws.dir, 'missing.env')] });
    expect(line).toMatch(/missing\.env" does not exist.*\.env\.example/);
  });

  it('an env file with a syntax error: the line number, never its content', async () => {
    const text = `# settings\n\nAMAZON_ADS_CLIENT_ID=${distinctive.client_id}\nexport AMAZON_ADS_CLIENT_SECRET="${distinctive.client_secret}"\n${distinctive.refresh_token}\n`;
    const line = await badInput('env-file-syntax', { envText: text, args: () => [] });
    expect(line).toMatch(/line 5 is not KEY=VALUE/);
  });

  it('a credential with a line break inside is rejected', async () => {
    const text = `AMAZON_ADS_CLIENT_ID=${distinctive.client_id}\nAMAZON_ADS_CLIENT_SECRET=${distinctive.client_secret}\nAMAZON_ADS_REFRESH_TOKEN="${distinctive.refresh_token.slice(0, 12)}\\n${distinctive.refresh_token.slice(12)}"\n`;
    const line = await badInput('credential-newline', { envText: text, args: () => [] });
    expect(line).toMatch(/AMAZON_ADS_REFRESH_TOKEN contains a line break/);
  });

  it('an access token given as the refresh token is named before any request, without its value', async () => {
    const accessToken = 'Atza|IwEBHARDENING-access-token-Kq2Wd8Zr5';
    const text = `AMAZON_ADS_CLIENT_ID=${distinctive.client_id}\nAMAZON_ADS_CLIENT_SECRET=${distinctive.client_secret}\nAMAZON_ADS_REFRESH_TOKEN=${accessToken}\n`;
    const line = await badInput('refresh-token-is-access-token', { envText: text, args: () => [] });
    expect(line).toBe(
      'error: AMAZON_ADS_REFRESH_TOKEN holds an access token (Atza|…), not a refresh token (Atzr|…) — get a refresh token with `npm run auth`',
    );
    expect(line).not.toContain('HARDENING-access-token');
  });

  it('client id and secret swapped are named before any request, without either value', async () => {
    const text = `AMAZON_ADS_CLIENT_ID=amzn1.oa2-cs.v1.HARDENINGswappedsecret42\nAMAZON_ADS_CLIENT_SECRET=${distinctive.client_id}\nAMAZON_ADS_REFRESH_TOKEN=${distinctive.refresh_token}\n`;
    const line = await badInput('client-id-secret-swapped', { envText: text, args: () => [] });
    expect(line).toMatch(/^error: client id and secret are swapped: AMAZON_ADS_CLIENT_ID holds the client secret/);
    expect(line).not.toContain('HARDENINGswappedsecret42');
  });

  it('a --timeout-request that is not a number is echoed as typed', async () => {
    const line = await badInput('timeout-not-a-number', { args: () => ['--timeout-request', 'abc'] });
    expect(line).toBe('error: --timeout-request "abc" is not a positive whole number: use e.g. --timeout-request 30000');
  });

  it('a --timeout-request above 2147483647 ms is refused (Node would turn it into 1 ms)', async () => {
    const line = await badInput('timeout-above-timer-limit', { args: () => ['--timeout-request', '2147483648'] });
    expect(line).toMatch(/^error: --timeout-request "2147483648" is above 2147483647/);
  });

  it('a collection file that is not JSON', async () => {
    const line = await badInput('collection-not-json', { args: (ws) => ['--collection', write(ws, 'broken.postman_collection.json', '{"info": {')] });
    expect(line).toMatch(/not JSON/);
  });

  it('a collection file that is JSON but not a Postman collection', async () => {
    const line = await badInput('collection-not-postman', { args: (ws) => ['--collection', write(ws, 'package.json', '{"name": "x", "version": "1.0.0"}')] });
    expect(line).toMatch(/not a Postman collection/);
  });

  it('a Collection v1', async () => {
    const v1 = { id: 'c1', name: 'old', order: ['r1'], requests: [{ id: 'r1', url: 'https://example.invalid', method: 'GET' }] };
    const line = await badInput('collection-v1', { args: (ws) => ['--collection', write(ws, 'old.postman_collection.json', JSON.stringify(v1))] });
    expect(line).toMatch(/Collection v1/);
  });

  it('an environment file given as the collection', async () => {
    const env = fs.readFileSync(path.join(projectRoot, 'environments/amazon-ads-api.na.postman_environment.json'), 'utf8');
    const line = await badInput('collection-is-environment', { args: (ws) => ['--collection', write(ws, 'na.postman_environment.json', env)] });
    expect(line).toMatch(/environment.*--collection/);
  });

  it('an environment file that is not JSON', async () => {
    const line = await badInput('environment-not-json', { args: (ws) => ['--environment', write(ws, 'na.postman_environment.json', 'values: []')] });
    expect(line).toMatch(/not JSON/);
  });

  it('an environment file that is JSON but not a Postman environment', async () => {
    const line = await badInput('environment-not-postman', { args: (ws) => ['--environment', write(ws, 'na.postman_environment.json', '[1, 2]')] });
    expect(line).toMatch(/not a Postman collection or environment/);
  });

  it('a collection file given as the environment', async () => {
    const line = await badInput('environment-is-collection', { args: () => ['--environment', generatedCollection] });
    expect(line).toMatch(/collection.*--environment/);
  });

  it('a report folder that cannot be written', async () => {
    const line = await badInput('report-dir-unwritable', {
      noReportDir: true,
      args: (ws) => ['--report-dir', path.join(write(ws, 'blocker', 'a file, not a folder\n'), 'reports')],
    });
    expect(line).toMatch(/report folder .*cannot be written.*--report-dir/);
  });

  it('an --export-environment path whose folder does not exist', async () => {
    const line = await badInput('export-folder-missing', { noExport: true, args: (ws) => ['--export-environment', path.join(ws.dir, 'nope', 'env.json')] });
    expect(line).toMatch(/--export-environment folder .*nope does not exist/);
  });

  it('an --export-environment path that is a folder', async () => {
    const line = await badInput('export-path-is-folder', { noExport: true, args: (ws) => ['--export-environment', ws.dir] });
    expect(line).toMatch(/--export-environment .* is a folder: give a file path/);
  });
});

describe('credentials that are suspicious but usable: a warning on stderr, the run goes on', { timeout: 240_000 }, () => {
  let ownEmulator: Emulator;
  beforeAll(async () => {
    ownEmulator = await startEmulator({ region: 'na' });
  });
  afterAll(async () => {
    await ownEmulator?.stop();
  });
  const hosts = () => ['--api-url', ownEmulator.url, '--token-url', `${ownEmulator.url}/auth/o2/token`];

  it('surrounding quotes or whitespace are trimmed, with a warning naming the variables (not the values)', async () => {
    const text = [
      `AMAZON_ADS_CLIENT_ID=  ${demo.client_id}  `,
      `AMAZON_ADS_CLIENT_SECRET=" ${demo.client_secret} "`,
      `AMAZON_ADS_REFRESH_TOKEN='"${demo.refresh_token}"'`,
      '',
    ].join('\n');
    const ws = workspace(demo, text);
    try {
      const grantsBefore = ownEmulator.stats.grants.refresh_token;
      const ran = await collection(['--envFile', ws.envFile, ...hosts(), '--folder', 'profiles'], { cwd: ws.dir });
      expect(ran.code, ran.stderr).toBe(0);
      const lines = stderrLines(ran);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^warning: AMAZON_ADS_CLIENT_SECRET, AMAZON_ADS_REFRESH_TOKEN .*trimmed/);
      expect(ownEmulator.stats.grants.refresh_token).toBe(grantsBefore + 1);
      expectCase('credential-padded', ran, ws, [demo.client_secret]);
    } finally {
      ws.remove();
    }
  });

  it('a client id not shaped like amzn1.application-oa2-client.… is warned about and still tried', async () => {
    const ws = workspace({ ...demo, client_id: 'my-security-profile-client' });
    try {
      const failedBefore = ownEmulator.stats.grants.failed;
      const ran = await collection(['--envFile', ws.envFile, ...hosts()], { cwd: ws.dir });
      const line = expectOneErrorLine(ran, 1, 1);
      expect(stderrLines(ran)[0]).toMatch(/^warning: AMAZON_ADS_CLIENT_ID does not look like .*amzn1\.application-oa2-client\./);
      expect(line).toMatch(/^error: invalid_client: /);
      expect(ownEmulator.stats.grants.failed).toBe(failedBefore + 1); // tried, once
      expectCase('client-id-shape', ran, ws, [demo.client_secret]);
    } finally {
      ws.remove();
    }
  });
});

describe('Node 20 reads a script argument --env-file itself', { timeout: 240_000 }, () => {
  it('`npm run collection -- --env-file missing.env` still gets the runner\'s own one-line message and exit 2', async () => {
    const ws = workspace(distinctive);
    try {
      const ran: Ran = await spawnRun('npm', ['run', '--silent', 'collection', '--', '--env-file', path.join(ws.dir, 'missing.env')], {
        env: cleanEnv(),
      });
      const line = expectOneErrorLine(ran, 2);
      expect(line).toMatch(/missing\.env" does not exist/);
    } finally {
      ws.remove();
    }
  });

  it('`npm run auth -- --env-file new.env` reaches the auth command too (it creates that file, so it may not exist yet)', async () => {
    const ws = workspace(distinctive);
    try {
      const ran = await spawnRun('npm', ['run', '--silent', 'auth', '--', '--env-file', path.join(ws.dir, 'new.env'), '--help'], { env: cleanEnv() });
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain('--env-file');
    } finally {
      ws.remove();
    }
  });
});
