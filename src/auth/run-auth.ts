/**
 * `npm run auth`: consent URL -> authorization code -> refresh token -> profile -> env file.
 * Each step lives in its own module; this file only puts them in order. Streams, the browser opener
 * and fetch are parameters so tests drive the whole flow in-process.
 */
import type { Readable, Writable } from 'node:stream';
import { parse as parseDotenv } from 'dotenv';
import { RunFailure, UsageError } from '../errors.js';
import { buildAuthorizationUrl } from './authorization-url.js';
import { isLoopbackRedirectUri, startCallbackServer, type CallbackServer } from './callback-server.js';
import { chooseProfile, describeProfile } from './choose-profile.js';
import { codeFromRedirect, ForeignRedirect } from './code-from-redirect.js';
import { newState, redirectUriOfConsent } from './consent-state.js';
import { exchangeCode } from './exchange-code.js';
import { listProfiles } from './list-profiles.js';
import { openBrowser as defaultOpenBrowser } from './open-browser.js';
import { Prompter, PromptInterrupted } from './prompt.js';
import { promptForRedirect } from './read-code.js';
import { checkCredentialShapes, clientIdWarning, unwrapCredential } from '../config/credentials.js';
import { variables as envNames } from '../config/options.js';
import { resolveSettings, type AuthFlags } from './settings.js';
import { maskUserinfo, userinfoSecretsOf } from '../core/url-userinfo.js';
import { MASK } from '../core/redact.js';
import { checkEnvFileWritable, readEnvText, writeEnvFile } from './write-env-file.js';

/** The flags (see src/config/options.ts); envFile is required here: it is read before anything is resolved. */
export type AuthOptions = AuthFlags & { envFile: string };

export interface AuthIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Whether questions may be asked (stdin is a terminal, or a test feeds answers). */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  openBrowser?: (url: string) => Promise<boolean>;
  fetch?: typeof fetch;
}

export interface AuthResult {
  envFile: string;
  profileId: string;
  countryCode?: string;
  written: string[];
}

/** Runs the whole flow; throws UsageError (exit 2) or RunFailure (exit 1) with a one-line message. */
export async function runAuth(options: AuthOptions, io: AuthIo): Promise<AuthResult> {
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const warn = (line: string) => io.stderr.write(`warning: ${line}\n`);
  const secrets: string[] = [];
  const prompter = io.interactive ? new Prompter({ input: io.stdin, output: io.stdout }) : undefined;
  let server: CallbackServer | undefined;
  try {
    const fileValues = parseDotenv(await readEnvText(options.envFile));
    const settings = resolveSettings(options, io.env, fileValues);
    settings.warnings.forEach(warn);
    // a password in a host URL (short ones are caught by the URL pattern, not as words)
    secrets.push(...[settings.apiUrl, settings.tokenUrl].flatMap(userinfoSecretsOf).filter((secret) => secret.length >= 6));
    // before anyone goes through the consent, and long before the one-time code is spent
    await checkEnvFileWritable(options.envFile);

    const clientId = settings.clientId ?? (await askFor(prompter, 'Client ID (amzn1.application-oa2-client.…): ', 'client id', '--client-id', envNames.clientId));
    const clientSecret =
      settings.clientSecret ?? (await askFor(prompter, 'Client secret (not shown): ', 'client secret', '--client-secret', envNames.clientSecret, true));
    secrets.push(clientSecret);
    if (!settings.clientId) clientIdWarning(clientId).forEach(warn);
    checkCredentialShapes({ client_id: clientId, client_secret: clientSecret });

    // Steps 1 and 2: the authorization code.
    let redirectUri = settings.redirectUri;
    let code: string;
    if (settings.code !== undefined) {
      code = codeFromRedirect(settings.code, { state: settings.state });
      if (!settings.redirectUriGiven) {
        warn(`no --redirect-uri given; using ${redirectUri} for the code exchange (it must match the authorization URL the code came from)`);
      }
    } else if (settings.redirectUrl !== undefined) {
      code = codeFromRedirect(settings.redirectUrl, { state: settings.state });
      if (settings.redirectUriCandidates.length > 0) redirectUri = redirectUriOfConsent(settings.redirectUriCandidates, settings.state, clientSecret);
    } else {
      let state = newState(clientSecret, redirectUri);
      const loopback = isLoopbackRedirectUri(redirectUri);
      if (!loopback && !prompter) {
        const url = buildAuthorizationUrl({ authGrantUrl: settings.authGrantUrl, clientId, redirectUri, state });
        say(`Open this URL in a browser and approve:\n\n  ${url}\n`);
        throw new UsageError(
          `no way to receive the authorization code: stdin is not a terminal and the redirect_uri is not http://localhost:PORT/...; after approving, run again with --redirect-url '<the address you landed on>' --state ${state} --redirect-uri ${redirectUri}`,
        );
      }
      if (loopback) {
        server = await startCallbackServer(redirectUri, {
          timeoutMs: (settings.callbackTimeout) * 1000,
          pageFor: (landed) => {
            try {
              codeFromRedirect(landed, { state });
              return { ok: true, message: 'Amazon Ads authorization received. You can close this tab and return to the terminal.' };
            } catch (error) {
              if (error instanceof ForeignRedirect) {
                // login CSRF or an old tab: refused, and the real redirect is still awaited (its code is never exchanged)
                warn(`refused a request to ${redirectUri}: ${error.message.split(';')[0]}; still waiting for the browser`);
                return { ok: false, keepWaiting: true, message: `${error.message}. This request was refused; npm run auth keeps waiting for the authorization it started.` };
              }
              return { ok: false, message: `${(error as Error).message}. Return to the terminal.` };
            }
          },
        });
        redirectUri = server.redirectUri;
        state = newState(clientSecret, redirectUri); // the port is known now (before any page can be served)
      }
      const url = buildAuthorizationUrl({ authGrantUrl: settings.authGrantUrl, clientId, redirectUri, state });
      say(`Open this URL in a browser, sign in with the Amazon account that owns the Ads accounts, and approve:\n\n  ${url}\n`);
      if (settings.open && settings.browser) {
        const opened = await (io.openBrowser ?? defaultOpenBrowser)(url).catch(() => false);
        if (!opened) say('(no browser could be opened here; open the URL above yourself)');
      }
      if (server) say(`Waiting for the browser to return to ${redirectUri} ...`);
      const landed = await waitForRedirect(server, prompter);
      if (server && prompter) say(''); // end the line of the paste question the browser made moot
      code = codeFromRedirect(landed, { state });
      await server?.close();
    }

    // Step 3: code -> refresh token.
    const grant = await exchangeCode({ tokenUrl: settings.tokenUrl, clientId, clientSecret, code, redirectUri, fetch: io.fetch, timeoutMs: settings.timeoutRequest });
    secrets.push(grant.refresh_token, grant.access_token);
    say('Authorization code exchanged for a refresh token.');

    // Step 4: the profile.
    const profiles = await listProfiles({ apiUrl: settings.apiUrl, clientId, accessToken: grant.access_token, fetch: io.fetch, timeoutMs: settings.timeoutRequest });
    const profile = await chooseProfile({ profiles, region: settings.region, country: settings.country, prompter, log: say });
    say(`Profile: ${describeProfile(profile)}`);

    // Step 5: the env file.
    const values = {
      [envNames.clientId]: clientId,
      [envNames.clientSecret]: clientSecret,
      [envNames.refreshToken]: grant.refresh_token,
      [envNames.profileId]: String(profile.profileId),
      [envNames.region]: settings.region,
    };
    const count = await writeEnvFile(options.envFile, values);
    say(`wrote ${count} variables to ${options.envFile} (${Object.keys(values).join(', ')}; mode 0600)`);
    const envFlag = options.envFile === '.env' ? '' : ` --env-file ${options.envFile}`;
    // the hosts it was given (an emulator, a proxy) go on in the hint, or the run would go to Amazon
    say(`Next: npm run collection -- --region ${settings.region}${envFlag}${settings.hostFlags.map((flag) => ` ${flag}`).join('')}`);
    return { envFile: options.envFile, profileId: String(profile.profileId), countryCode: profile.countryCode, written: Object.keys(values) };
  } catch (error) {
    throw redactError(error, secrets);
  } finally {
    await server?.close();
    prompter?.close();
  }
}

async function askFor(
  prompter: Prompter | undefined,
  question: string,
  what: string,
  flag: string,
  variable: string,
  hidden = false,
): Promise<string> {
  const fix = `pass ${flag} or set ${variable} (from the security profile's Web Settings in the Amazon developer console)`;
  if (!prompter) throw new UsageError(`missing ${what}: ${fix}`);
  const answer = await prompter.ask(question, { hidden }).catch((error: unknown) => {
    if (error instanceof PromptInterrupted) throw error;
    return '';
  });
  const cleaned = unwrapCredential(answer);
  if (cleaned === '') throw new UsageError(`missing ${what}: ${fix}`);
  return cleaned;
}

/** The redirect from the callback server or the prompt, whichever comes first. */
async function waitForRedirect(server: CallbackServer | undefined, prompter: Prompter | undefined): Promise<string> {
  if (server && !prompter) return server.redirect;
  if (!server && prompter) {
    const answer = await promptForRedirect(prompter).catch((error: unknown) => {
      if (error instanceof PromptInterrupted) throw error;
      return '';
    });
    if (answer === '') throw new UsageError('no authorization code given; paste the address the browser landed on, or pass --code / --redirect-url');
    return answer;
  }
  if (!server || !prompter) throw new UsageError('no way to receive the authorization code');
  const never = new Promise<string>(() => undefined);
  const pasted = promptForRedirect(prompter, 'Waiting for the browser; or paste the address it landed on (or the code) here: ').then(
    (answer) => (answer === '' ? never : answer), // nothing pasted: keep waiting for the browser
    (error: unknown) => {
      if (error instanceof PromptInterrupted) throw error; // Ctrl-C stops the command
      return never; // the input ended: the browser may still come back
    },
  );
  try {
    return await Promise.race([server.redirect, pasted]);
  } finally {
    prompter.cancel();
  }
}

/** The error with every known secret value and any password in a URL masked (defence in depth: messages are built without them). */
function redactError(error: unknown, secrets: string[]): unknown {
  if (!(error instanceof Error)) return error;
  let message = maskUserinfo(error.message, MASK);
  for (const secret of secrets) if (secret) message = message.split(secret).join('***');
  if (message === error.message) return error;
  return error instanceof UsageError ? new UsageError(message) : new RunFailure(message);
}
