/**
 * The whole `npm run auth` flow in-process against the emulator (127.0.0.1, port 0): the three ways
 * of taking the code, the state check, expired / reused codes, the env file, and no secret in output.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'dotenv';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAuth, type AuthOptions } from '../../src/auth/run-auth.js';
import { RunFailure, UsageError } from '../../src/errors.js';
import { demoCredentials, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { capturedIo, printedAuthorizationUrl, secretsIn, tempDir } from './helpers.js';

let emulator: Emulator;
let clock = Date.now();
let dir: string;
let removeDir: () => Promise<void>;
const allOutput: string[] = [];
const allIssued: string[] = [];

beforeEach(async () => {
  clock = Date.now();
  emulator = await startEmulator({ region: 'eu', now: () => clock });
  ({ dir, remove: removeDir } = await tempDir());
});
afterEach(async () => {
  await emulator.stop();
  await removeDir();
});

function options(extra: Partial<AuthOptions> = {}): AuthOptions {
  return {
    region: 'eu',
    clientId: demoCredentials.client_id,
    clientSecret: demoCredentials.client_secret,
    envFile: path.join(dir, '.env'),
    tokenUrl: `${emulator.url}/auth/o2/token`,
    apiUrl: emulator.url,
    authGrantUrl: `${emulator.url}/ap/oa`,
    ...extra,
  };
}

/** Runs the flow, keeping its output and issued tokens for the final secret scan. */
async function run(opts: AuthOptions, captured: ReturnType<typeof capturedIo>) {
  try {
    return await runAuth(opts, captured.io);
  } finally {
    allOutput.push(captured.out.stdout, captured.out.stderr);
    allIssued.push(...captured.issuedTokens);
  }
}

async function envFile(): Promise<Record<string, string>> {
  return parse(await readFile(path.join(dir, '.env'), 'utf8'));
}

async function profileIds(): Promise<string[]> {
  const grant = await fetch(`${emulator.url}/auth/o2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: demoCredentials.refresh_token,
      client_id: demoCredentials.client_id,
      client_secret: demoCredentials.client_secret,
    }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const profiles = (await fetch(`${emulator.url}/v2/profiles`, {
    headers: { 'Amazon-Advertising-API-ClientId': demoCredentials.client_id, Authorization: `Bearer ${grant.access_token}` },
  }).then((r) => r.json())) as { profileId: number; countryCode: string }[];
  return profiles.map((p) => `${p.profileId}:${p.countryCode}`);
}

describe('runAuth against the emulator', () => {
  it('(a) callback server: the browser is sent through the consent page back to 127.0.0.1, and .env is written 0600', async () => {
    const captured = capturedIo();
    let pageText = '';
    const result = await run(
      options({ redirectUri: 'http://127.0.0.1:0/callback', open: true }),
      {
        ...captured,
        io: {
          ...captured.io,
          // The "browser": follows the emulator's auto-consent redirect to our callback server.
          openBrowser: async (url) => {
            void fetch(`${url}&auto_consent=1`).then(async (r) => (pageText = await r.text()));
            return true;
          },
        },
      },
    );
    expect(pageText).toContain('You can close this tab');
    expect(captured.out.stdout).toMatch(/Waiting for the browser to return to http:\/\/127\.0\.0\.1:\d+\/callback/);
    const env = await envFile();
    expect(env).toEqual({
      AMAZON_ADS_CLIENT_ID: demoCredentials.client_id,
      AMAZON_ADS_CLIENT_SECRET: demoCredentials.client_secret,
      AMAZON_ADS_REFRESH_TOKEN: expect.stringMatching(/^Atzr\|/),
      AMAZON_ADS_PROFILE_ID: result.profileId,
      AMAZON_ADS_REGION: 'eu',
    });
    expect(env.AMAZON_ADS_REFRESH_TOKEN).toBe(captured.issuedTokens[1]);
    expect((await stat(path.join(dir, '.env'))).mode & 0o777).toBe(0o600);
    expect((await profileIds())[0]).toBe(`${result.profileId}:${result.countryCode}`); // not interactive: the first
    expect(emulator.stats.grants.authorization_code).toBe(1);
    expect(captured.out.stdout).toContain('wrote 5 variables to ');
  });

  it('(a) callback server: a redirect with a forged state is refused with a page saying why, and the real one still completes', async () => {
    const captured = capturedIo();
    let status = 0;
    let page = '';
    const result = await run(options({ redirectUri: 'http://127.0.0.1:0/callback', open: true }), {
      ...captured,
      io: {
        ...captured.io,
        openBrowser: async (url) => {
          const forged = new URL(url);
          forged.searchParams.set('state', 'forged-by-someone-else');
          forged.searchParams.set('auto_consent', '1');
          const answer = await fetch(forged);
          [status, page] = [answer.status, await answer.text()];
          // the user's own consent comes after the forged one
          const real = new URL(url);
          real.searchParams.set('auto_consent', '1');
          void fetch(real);
          return true;
        },
      },
    });
    expect(status).toBe(400);
    expect(page).toContain('state mismatch');
    expect(page).toContain('keeps waiting');
    expect(captured.out.stderr).toMatch(/^warning: refused a request to http:\/\/127\.0\.0\.1:\d+\/callback: state mismatch: .*; still waiting for the browser$/m);
    expect(result.profileId).toMatch(/^\d+$/);
    expect(emulator.stats.grants.authorization_code).toBe(1); // only the real code was exchanged
  });

  it('(a) callback server: callbacks without a state or with a wrong one are refused; it keeps waiting until its timeout, nothing exchanged or written', async () => {
    const captured = capturedIo();
    const pages: Array<{ status: number; text: string }> = [];
    const error = await run(options({ redirectUri: 'http://127.0.0.1:0/callback', open: true, callbackTimeout: 1.5 }), {
      ...captured,
      io: {
        ...captured.io,
        openBrowser: async (url) => {
          const callback = new URL(url).searchParams.get('redirect_uri')!;
          for (const query of ['?code=ATTACKER-CODE-1', '?code=ATTACKER-CODE-2&state=forged']) {
            const answer = await fetch(`${callback}${query}`);
            pages.push({ status: answer.status, text: await answer.text() });
          }
          return true;
        },
      },
    }).catch((e: Error) => e);
    expect(pages.map((entry) => entry.status)).toEqual([400, 400]);
    expect(pages[0].text).toContain('the redirect carries no state');
    expect(pages[1].text).toContain('state mismatch');
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(/^timed out after 2 s waiting for the browser/);
    expect(emulator.stats.grants.authorization_code).toBe(0); // no code was exchanged
    await expect(stat(path.join(dir, '.env'))).rejects.toThrow(/ENOENT/);
    expect(captured.out.stdout + captured.out.stderr).not.toContain('ATTACKER-CODE');
  });

  it('(a) callback server: a denied consent is explained', async () => {
    const captured = capturedIo();
    const error = await run(options({ redirectUri: 'http://127.0.0.1:0/callback', open: true }), {
      ...captured,
      io: {
        ...captured.io,
        // The user presses Cancel on the consent page (its form posts consent=deny).
        openBrowser: async (url) => {
          const params = new URL(url).searchParams;
          params.set('consent', 'deny');
          void fetch(`${emulator.url}/ap/oa`, { method: 'POST', body: params });
          return true;
        },
      },
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(/^access_denied: the consent was denied/);
  });

  it('(a) callback server: times out with a clear message when the browser never comes back', async () => {
    const captured = capturedIo();
    const error = await run(options({ redirectUri: 'http://127.0.0.1:0/callback', callbackTimeout: 0.2 }), captured).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(/^timed out after 0 s waiting for the browser/);
  });

  it('(a)+(b) in a terminal with a localhost return URL, a pasted address wins when the browser cannot come back', async () => {
    const captured = capturedIo({ interactive: true });
    const done = run(options({ redirectUri: 'http://127.0.0.1:0/callback', country: 'FR' }), captured);
    const consentUrl = await printedAuthorizationUrl(captured.out, captured.stdout);
    // e.g. the browser runs on another machine: the user copies the address it landed on.
    const landed = (await fetch(`${consentUrl}&auto_consent=1`, { redirect: 'manual' })).headers.get('location')!;
    expect(landed).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback\?code=/);
    captured.stdin.write(`${landed}\n`);
    const result = await done;
    expect(result.countryCode).toBe('FR');
    expect(captured.out.stdout).toContain('or paste the address it landed on');
  });

  it('(a)+(b) in a terminal with a localhost return URL, the browser wins while the paste question waits', async () => {
    const captured = capturedIo({ interactive: true });
    const done = run(options({ redirectUri: 'http://127.0.0.1:0/callback', country: 'UK' }), captured);
    const consentUrl = await printedAuthorizationUrl(captured.out, captured.stdout);
    const page = await fetch(`${consentUrl}&auto_consent=1`).then((r) => r.text()); // follows the redirect to the callback server
    expect(page).toContain('You can close this tab');
    const result = await done;
    expect(result.countryCode).toBe('UK');
    expect((await envFile()).AMAZON_ADS_PROFILE_ID).toBe(result.profileId);
  });

  it('(b) pasted at the prompt: client id, hidden secret, redirect URL and profile number are read from the input', async () => {
    const captured = capturedIo({ interactive: true });
    const done = run(options({ clientId: undefined, clientSecret: undefined, redirectUri: 'https://amazon.com' }), captured);
    captured.stdin.write(`${demoCredentials.client_id}\n${demoCredentials.client_secret}\n`);
    const consentUrl = await printedAuthorizationUrl(captured.out, captured.stdout);
    expect(new URL(consentUrl).searchParams.get('redirect_uri')).toBe('https://amazon.com');
    // What the user's browser lands on after approving:
    const landed = (await fetch(`${consentUrl}&auto_consent=1`, { redirect: 'manual' })).headers.get('location')!;
    expect(landed).toMatch(/^https:\/\/amazon\.com\/\?code=/);
    captured.stdin.write(`${landed}\n2\n`);
    const result = await done;
    expect(captured.out.stdout).toContain('Client secret (not shown): ');
    expect(captured.out.stdout).toContain('Paste the address');
    expect(captured.out.stdout).toMatch(/Choose a profile \[1-\d+, Enter = 1\]/);
    expect((await profileIds())[1]).toBe(`${result.profileId}:${result.countryCode}`); // the second, as typed
    expect((await envFile()).AMAZON_ADS_PROFILE_ID).toBe(result.profileId);
  });

  it('(b) pasted at the prompt: a pasted URL from another authorization is rejected as a state mismatch', async () => {
    const captured = capturedIo({ interactive: true });
    const done = run(options({ redirectUri: 'https://amazon.com' }), captured).catch((e: Error) => e);
    const consentUrl = new URL(await printedAuthorizationUrl(captured.out, captured.stdout));
    consentUrl.searchParams.set('state', 'an-older-run');
    consentUrl.searchParams.set('auto_consent', '1');
    const landed = (await fetch(consentUrl, { redirect: 'manual' })).headers.get('location')!;
    captured.stdin.write(`${landed}\n`);
    const error = await done;
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^state mismatch/);
  });

  it('(c) --code: the demo code with its redirect_uri, then --country picks the profile', async () => {
    const captured = capturedIo();
    const result = await run(options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri, country: 'de' }), captured);
    expect(result.countryCode).toBe('DE');
    expect(captured.out.stdout).not.toContain('/ap/oa?'); // no consent URL needed
    expect((await envFile()).AMAZON_ADS_PROFILE_ID).toBe(result.profileId);
  });

  it('(c) --redirect-url with --state: the redirect_uri is taken from the URL; a wrong --state is rejected (exit 2)', async () => {
    const consent = new URL(`${emulator.url}/ap/oa`);
    for (const [key, value] of Object.entries({
      client_id: demoCredentials.client_id,
      scope: 'advertising::campaign_management',
      response_type: 'code',
      redirect_uri: 'https://example.com/back',
      state: 'st-123',
      auto_consent: '1',
    }))
      consent.searchParams.set(key, value);
    const landed = (await fetch(consent, { redirect: 'manual' })).headers.get('location')!;

    const wrong = await run(options({ redirectUrl: landed, state: 'st-999' }), capturedIo()).catch((e: Error) => e);
    expect(wrong).toBeInstanceOf(UsageError);
    expect((wrong as Error).message).toMatch(/^state mismatch/);

    const captured = capturedIo();
    await run(options({ redirectUrl: landed, state: 'st-123' }), captured);
    expect((await envFile()).AMAZON_ADS_REFRESH_TOKEN).toBe(captured.issuedTokens[1]);
  });

  describe('--redirect-url whose path is just "/" (issue 17, item 15)', () => {
    /** This tool's consent URL for `redirectUri` (printed by a run without a terminal), and its state. */
    async function consentOfThisTool(redirectUri: string): Promise<{ consentUrl: URL; state: string }> {
      const captured = capturedIo();
      const error = await run(options({ redirectUri }), captured).catch((e: Error) => e);
      expect(error).toBeInstanceOf(UsageError);
      const consentUrl = new URL(await printedAuthorizationUrl(captured.out, captured.stdout));
      return { consentUrl, state: consentUrl.searchParams.get('state')! };
    }

    /** Approves the consent at the emulator; the address as a browser shows it (`https://amazon.com/?code=…`). */
    async function approve(consentUrl: URL): Promise<string> {
      consentUrl.searchParams.set('auto_consent', '1');
      const location = (await fetch(consentUrl, { redirect: 'manual' })).headers.get('location')!;
      return new URL(location).toString();
    }

    for (const redirectUri of ['https://amazon.com', 'https://amazon.com/']) {
      it(`the consent named ${redirectUri}: the code is exchanged with exactly that redirect_uri, no --redirect-uri needed`, async () => {
        const { consentUrl, state } = await consentOfThisTool(redirectUri);
        const landed = await approve(consentUrl);
        expect(landed).toMatch(/^https:\/\/amazon\.com\/\?code=/);
        const captured = capturedIo();
        await run(options({ redirectUrl: landed, state }), captured);
        expect(emulator.stats.grants).toMatchObject({ authorization_code: 1, failed: 0 });
        expect((await envFile()).AMAZON_ADS_REFRESH_TOKEN).toBe(captured.issuedTokens[1]);
      });
    }

    it('a state this tool did not make: a usage error naming both candidates, and the code is not spent', async () => {
      const consent = new URL(`${emulator.url}/ap/oa`);
      for (const [key, value] of Object.entries({
        client_id: demoCredentials.client_id,
        scope: 'advertising::campaign_management',
        response_type: 'code',
        redirect_uri: 'https://amazon.com',
        state: 'made-elsewhere',
      }))
        consent.searchParams.set(key, value);
      const landed = await approve(consent);
      const error = await run(options({ redirectUrl: landed, state: 'made-elsewhere' }), capturedIo()).catch((e: Error) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(
        '--redirect-url does not show which return URL the consent used, https://amazon.com or https://amazon.com/ (browsers add the final slash): pass --redirect-uri with the redirect_uri of the authorization URL you opened',
      );
      expect(emulator.stats.routes['POST /auth/o2/token']).toBeUndefined();
      // the same code still works once the user says which one
      await run(options({ redirectUrl: landed, state: 'made-elsewhere', redirectUri: 'https://amazon.com' }), capturedIo());
      expect(emulator.stats.grants).toMatchObject({ authorization_code: 1, failed: 0 });
    });
  });

  it('an env file folder that takes no new file: exit 2 naming the path, before the consent and without a token request', async () => {
    // permission bits do not stop root: a folder inside /sys takes no new file for anyone
    const locked = process.getuid?.() === 0 ? '/sys' : path.join(dir, 'locked');
    if (locked !== '/sys') {
      await mkdir(locked, { mode: 0o500 });
    }
    const captured = capturedIo();
    const error = await run(options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri, envFile: path.join(locked, '.env') }), captured).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      new RegExp(`^cannot write the env file ${locked}/\\.env: its folder ${locked} does not take new files \\(EACCES\\); make the folder writable or choose another --env-file$`),
    );
    expect(emulator.stats.routes['POST /auth/o2/token']).toBeUndefined();
    expect(emulator.stats.grants).toMatchObject({ authorization_code: 0, failed: 0 });
    // the demo code was not spent
    await run(options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri }), capturedIo());
    expect(emulator.stats.grants).toMatchObject({ authorization_code: 1 });
  });

  it('a reused code is explained: the demo code works once', async () => {
    await run(options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri }), capturedIo());
    const error = await run(options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri }), capturedIo()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toBe('invalid_grant: the authorization code was already used (each code works once) - run npm run auth again for a fresh code');
  });

  it('an expired code is explained: codes live 5 minutes (emulator clock moved on)', async () => {
    clock += 5 * 60 * 1000 + 1000;
    const error = await run(options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri }), capturedIo()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(/^invalid_grant: the authorization code expired \(codes live 5 minutes\)/);
  });

  it('a redirect_uri other than the one the code was issued for is explained', async () => {
    const error = await run(options({ code: demoCredentials.code, redirectUri: 'https://example.com/other' }), capturedIo()).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^invalid_grant: the redirect_uri differs from the one in the authorization URL/);
  });

  it('a wrong client secret is explained as invalid_client', async () => {
    const error = await run(
      options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri, clientSecret: 'wrong-S3CRET-x' }),
      capturedIo(),
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(/^invalid_client: wrong client id or client secret/);
    expect((error as Error).message).not.toContain('wrong-S3CRET-x');
  });

  it('keeps unrelated lines of an existing env file and updates its keys in place', async () => {
    const file = path.join(dir, '.env');
    await writeFile(file, '# team settings\nHTTP_PROXY=http://proxy.example:3128\nAMAZON_ADS_REGION=na\n\n# end\n', { mode: 0o644 });
    await run(options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri }), capturedIo());
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines.slice(0, 5)).toEqual(['# team settings', 'HTTP_PROXY=http://proxy.example:3128', 'AMAZON_ADS_REGION=eu', '', '# end']);
    expect(lines.slice(5, 9).map((l) => l.split('=')[0])).toEqual([
      'AMAZON_ADS_CLIENT_ID',
      'AMAZON_ADS_CLIENT_SECRET',
      'AMAZON_ADS_REFRESH_TOKEN',
      'AMAZON_ADS_PROFILE_ID',
    ]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('reads the client id and secret from the env file when no flag or variable gives them', async () => {
    await writeFile(path.join(dir, '.env'), `AMAZON_ADS_CLIENT_ID=${demoCredentials.client_id}\nAMAZON_ADS_CLIENT_SECRET=${demoCredentials.client_secret}\n`);
    await run(options({ clientId: undefined, clientSecret: undefined, code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri }), capturedIo());
    expect((await envFile()).AMAZON_ADS_REFRESH_TOKEN).toMatch(/^Atzr\|/);
  });

  it('names the missing client id (exit 2) when it cannot ask', async () => {
    const error = await run(options({ clientId: undefined, code: demoCredentials.code }), capturedIo()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^missing client id: pass --client-id or set AMAZON_ADS_CLIENT_ID/);
  });

  it('without a terminal and without a localhost redirect_uri, prints the URL and says how to finish', async () => {
    const captured = capturedIo();
    const error = await run(options({ redirectUri: 'https://amazon.com' }), captured).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^no way to receive the authorization code: .*--redirect-url .* --state \S+ --redirect-uri https:\/\/amazon\.com$/);
    expect(captured.out.stdout).toMatch(/\/ap\/oa\?client_id=/);
  });

  it('explains a region without profiles', async () => {
    await emulator.stop();
    emulator = await startEmulator({ region: 'eu', emptyProfiles: true });
    const error = await run(options({ code: demoCredentials.code, redirectUri: demoCredentials.redirect_uri }), capturedIo()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(RunFailure);
    expect((error as Error).message).toMatch(/^no_profiles: this login has no advertising profiles in region eu - try --region na or fe/);
    await expect(stat(path.join(dir, '.env'))).rejects.toThrow(/ENOENT/);
  });
});

afterAll(() => {
  // Every run above, successful or not: no client secret, refresh token or access token in stdout/stderr.
  const secrets = [demoCredentials.client_secret, demoCredentials.refresh_token, ...allIssued];
  expect(allIssued.length).toBeGreaterThan(4);
  expect(secretsIn(allOutput.join('\n'), secrets)).toEqual([]);
});
