/**
 * The catalogue of failure cases (issue 8) and the format of docs/failure-cases.md, the table of what a
 * user sees in each case. No test code here: scripts/failure-cases.ts (`npm run docs:cases`) imports it
 * to write the table from what the tests observed; expectCase (failure-cases.ts) compares with it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What differs between runs of a case: its temporary folder. */
export interface CaseWorkspace {
  dir: string;
}

export type CaseGroup = 'Bad input' | 'After listing profiles' | 'Faults from the server' | 'Around the run' | 'npm run auth';

export interface FailureCase {
  id: string;
  group: CaseGroup;
  /** The case in a user's words. */
  what: string;
}

export const failureCases: readonly FailureCase[] = [
  { id: 'unknown-region', group: 'Bad input', what: 'unknown region (`--region moon`)' },
  { id: 'unknown-folder', group: 'Bad input', what: 'unknown folder (`--folder Reportng`)' },
  { id: 'grant-request-headless', group: 'Bad input', what: 'an interactive grant request asked to run headless (`--folder "Auth grant login"`)' },
  { id: 'flag-repeated', group: 'Bad input', what: 'a single-value flag given twice (`--report-dir a --report-dir b`)' },
  { id: 'env-file-missing', group: 'Bad input', what: 'an env file named with `--env-file` that does not exist' },
  { id: 'env-file-syntax', group: 'Bad input', what: 'an env file with a line that is neither blank, a comment nor `KEY=VALUE`' },
  { id: 'env-file-utf16', group: 'Bad input', what: 'an env file saved as UTF-16 (starting with the bytes FF FE or FE FF)' },
  { id: 'credential-padded', group: 'Bad input', what: 'a credential with surrounding quotes or whitespace: trimmed, a warning, the run goes on' },
  { id: 'credential-newline', group: 'Bad input', what: 'a credential with a line break inside' },
  { id: 'refresh-token-is-access-token', group: 'Bad input', what: 'an access token (starting `Atza`) given as `AMAZON_ADS_REFRESH_TOKEN`' },
  { id: 'client-id-secret-swapped', group: 'Bad input', what: 'client id and client secret swapped (`amzn1.oa2-cs.v1.…` as the id, `amzn1.application-oa2-client.…` as the secret)' },
  { id: 'timeout-not-a-number', group: 'Bad input', what: '`--timeout-request abc`: the value is echoed as typed' },
  { id: 'timeout-above-timer-limit', group: 'Bad input', what: '`--timeout-request 2147483648`, above the largest delay Node timers hold' },
  { id: 'timeout-script-too-small', group: 'Bad input', what: '`--timeout-script 2`, shorter than the Postman sandbox takes to start (Newman crashed with a stack trace)' },
  { id: 'client-id-shape', group: 'Bad input', what: 'a client id not shaped like `amzn1.application-oa2-client.…`: a warning, still tried (here the server then refuses it)' },
  { id: 'collection-not-json', group: 'Bad input', what: '`--collection` file that is not JSON' },
  { id: 'collection-not-postman', group: 'Bad input', what: '`--collection` file that is JSON but not a Postman collection' },
  { id: 'collection-v1', group: 'Bad input', what: '`--collection` file that is a Postman Collection v1' },
  { id: 'collection-is-environment', group: 'Bad input', what: '`--collection` given an environment file' },
  { id: 'environment-not-json', group: 'Bad input', what: '`--environment` file that is not JSON' },
  { id: 'environment-not-postman', group: 'Bad input', what: '`--environment` file that is JSON but not a Postman environment' },
  { id: 'environment-is-collection', group: 'Bad input', what: '`--environment` given a collection file' },
  { id: 'report-dir-unwritable', group: 'Bad input', what: 'a `--report-dir` that cannot be written' },
  { id: 'export-folder-missing', group: 'Bad input', what: 'an `--export-environment` path whose folder does not exist' },
  { id: 'export-path-is-folder', group: 'Bad input', what: 'an `--export-environment` path that is a folder (the final rename would fail after the run)' },
  { id: 'export-is-env-file', group: 'Bad input', what: '`--export-environment` naming the `--env-file` itself (the credentials would be overwritten)' },
  { id: 'export-into-environments', group: 'Bad input', what: '`--export-environment` naming a committed file in `environments/`' },
  { id: 'country-flag-beats-env-file', group: 'Bad input', what: '`--country CA` with `AMAZON_ADS_PROFILE_ID` (a US profile) in the env file: the flag wins, the CA profile is used' },
  { id: 'api-url-query', group: 'Bad input', what: '`--api-url` with a query string (`…/?marketplace=US`): every request would 404; the password and the query values in it are masked' },
  { id: 'token-url-query-secrets', group: 'Bad input', what: '`--token-url` with the client secret and a refresh token in its query (`…?client_secret=…&refresh_token=Atzr…`): refused without printing them' },
  { id: 'writes-to-real-host', group: 'Bad input', what: '`--folder "Sponsored Products/Campaigns"` (requests that create, update or delete) against a host that is not this machine, without `--allow-writes`: refused before any request, the requests named' },
  { id: 'token-url-clear-text', group: 'Bad input', what: 'a plain `http://` token URL to another machine: a warning that the secrets would travel in clear text, once, before the token request' },
  { id: 'profile-id-unknown', group: 'After listing profiles', what: '`--profile-id` not among the listed profiles (the ids that exist are printed)' },
  { id: 'country-no-match', group: 'After listing profiles', what: '`--country` with no profile (the countries that exist are printed)' },
  { id: 'profile-name-control-characters', group: 'After listing profiles', what: '`--all-profiles` with ESC / BEL in an account name from the server: shown as visible symbols (␛, ␇) in every line, the profile table included' },
  { id: 'duplicate-profiles', group: 'After listing profiles', what: '`--all-profiles` with a profile id listed twice in the profile list: named in the summary and run once' },
  { id: 'connection-refused', group: 'Faults from the server', what: 'connection refused' },
  { id: 'name-not-resolved', group: 'Faults from the server', what: 'host name that does not resolve (`*.invalid`)' },
  { id: 'tls-plain-port', group: 'Faults from the server', what: 'TLS failure: an https URL pointing at a plain-HTTP port' },
  { id: 'tls-self-signed', group: 'Faults from the server', what: 'TLS failure: a server with a self-signed certificate' },
  { id: 'request-timeout', group: 'Faults from the server', what: 'request timeout (server slower than `--timeout-request`)' },
  { id: 'token-expired-early', group: 'Faults from the server', what: '401 mid-run, the access token expired early: refreshed once, retried, the run passes' },
  { id: 'token-expired-refresh-fails', group: 'Faults from the server', what: '401 mid-run and still 401 after the refresh' },
  { id: 'invalid-grant', group: 'Faults from the server', what: '`invalid_grant`: the refresh token is rejected' },
  { id: 'invalid-client', group: 'Faults from the server', what: '`invalid_client`: wrong client secret' },
  { id: 'forbidden', group: 'Faults from the server', what: '403 on a campaign list (profile not accessible)' },
  { id: 'unsupported-media-type', group: 'Faults from the server', what: '415 (a collection sending the wrong media type)' },
  { id: 'throttled', group: 'Faults from the server', what: '429 past the retry budget (5 retries)' },
  { id: 'server-error', group: 'Faults from the server', what: '5xx past the retry budget (3 retries)' },
  { id: 'malformed-list', group: 'Faults from the server', what: 'a list response that is not JSON' },
  { id: 'repeated-next-token', group: 'Faults from the server', what: 'a nextToken that repeats (paging stops)' },
  { id: 'token-redirect', group: 'Faults from the server', what: 'the token URL answers 307 to another host: not followed, the credentials go nowhere else' },
  { id: 'api-redirect', group: 'Faults from the server', what: 'an Ads call answers 302 to another port: not followed, the bearer token goes nowhere else' },
  { id: 'secret-encodings-echoed', group: 'Faults from the server', what: 'the token endpoint echoes the client secret base64-encoded (`client_id:client_secret`) and raw across the `--verbose` 4000-character cut: all masked' },
  { id: 'large-token-answer', group: 'Faults from the server', what: 'a token answer above 64 KB with an access token not shaped like `Atza\\|…`: learnt and masked anyway' },
  { id: 'zero-profiles', group: 'Faults from the server', what: 'zero profiles' },
  { id: 'report-failed', group: 'Faults from the server', what: '`--folder reports`: the report ends FAILED (the reason is in the failure line)' },
  { id: 'report-timeout', group: 'Faults from the server', what: '`--folder reports`: the report is not COMPLETED within `--report-timeout`' },
  { id: 'report-url-expired', group: 'Faults from the server', what: '`--folder reports`: the download URL has expired (403): no report file is left' },
  { id: 'report-not-gzip', group: 'Faults from the server', what: '`--folder reports`: the downloaded file is not gzip: no report file is left' },
  { id: 'report-truncated', group: 'Faults from the server', what: '`--folder reports`: the download stops halfway through the gzip stream: no report file is left' },
  { id: 'redirect-loop', group: 'Faults from the server', what: 'an Ads call answers 302 to itself, forever: one request, `unexpected_redirect`, no MaxListenersExceededWarning' },
  { id: 'profiles-forbidden', group: 'Faults from the server', what: 'GET /v2/profiles answers 403: said as such, no `profile (none)`' },
  { id: 'expires-in-absurd', group: 'Faults from the server', what: 'a token answer with `expires_in: 1e308`: counted as a day, so one token serves the whole run (not a new one before every request)' },
  { id: 'script-timeout', group: 'Faults from the server', what: 'a collection script (here an edited one) runs longer than `--timeout-script`' },
  { id: 'response-too-large-profiles', group: 'Faults from the server', what: 'a 100 MB profiles answer, above `--max-response-mb 1`: cut at the limit, not read whole' },
  { id: 'response-too-large-campaigns', group: 'Faults from the server', what: 'a 100 MB campaign page, above `--max-response-mb 1`: cut at the limit, not read whole' },
  { id: 'account-name-capped', group: 'Faults from the server', what: 'a 2 MB account name (under the limit): the run passes, the summary prints the first 80 characters' },
  { id: 'token-never-answers', group: 'Faults from the server', what: 'the token endpoint never answers: `timeout` at `--timeout-request` (default 60 s)' },
  { id: 'token-trickle', group: 'Faults from the server', what: 'the token answer trickles a byte at a time: `timeout` at `--timeout-request`, the body included' },
  { id: 'api-trickle', group: 'Faults from the server', what: 'an Ads API answer trickles a byte at a time: `timeout` at `--timeout-request`, the body included' },
  { id: 'run-timeout', group: 'Faults from the server', what: 'the run takes longer than `--timeout` (default 1 hour): stopped, its reports still written' },
  { id: 'auth-trickle', group: 'Faults from the server', what: '`npm run auth`: the token answer trickles a byte at a time: `timeout` at `--timeout-request`, the env file untouched' },
  { id: 'token-throttled', group: 'Faults from the server', what: 'the token endpoint answers 429 past the retry budget (5 retries, as Ads calls)' },
  { id: 'token-server-error', group: 'Faults from the server', what: 'the token endpoint answers 503 past the retry budget (3 retries)' },
  { id: 'token-html-page', group: 'Faults from the server', what: 'the token endpoint answers an HTML page with 200' },
  { id: 'token-throttled-once', group: 'Faults from the server', what: 'the token endpoint answers 429 once: retried, the run passes' },
  { id: 'auth-token-throttled', group: 'Faults from the server', what: '`npm run auth`: the code exchange answers 429 past its 3 retries, the env file untouched' },
  { id: 'stdout-closed', group: 'Around the run', what: 'stdout piped into a reader that stops early (`… \\| head -2`): the run finishes, writes its files, exits with its own code' },
  { id: 'report-name-is-folder', group: 'Around the run', what: 'a report file name that is a folder (`reports/amazon-ads-api.na.junit.xml/`): refused before any request' },
  { id: 'export-name-too-long', group: 'Around the run', what: 'an `--export-environment` name longer than the file system allows (256 characters): refused before any request' },
  { id: 'outputs-export-is-junit', group: 'Around the run', what: '`--export-environment` naming the junit report file: two outputs on one file, refused before any request' },
  { id: 'outputs-htmlextra-is-json', group: 'Around the run', what: '`--reporter-htmlextra-export` naming the json report file (another spelling of the path): refused before any request' },
  { id: 'export-long-name', group: 'Around the run', what: 'a 245-character `--export-environment` name: written (the temporary name stays short)' },
  { id: 'export-symlink', group: 'Around the run', what: 'a symlinked `--export-environment` target: the link stays, the file it points to is written' },
  { id: 'export-fifo', group: 'Around the run', what: 'an `--export-environment` FIFO (`mkfifo`): written directly to its reader, still a FIFO' },
  { id: 'export-process-substitution', group: 'Around the run', what: '`--export-environment >(cat > out.json)` (a `/dev/fd/N` pipe): written directly' },
  { id: 'export-disk-full', group: 'Around the run', what: '`--export-environment /dev/full` (the disk fills up as the run ends): the summary and the other files are there, the run fails with `output_not_written`' },
  { id: 'url-password-masked', group: 'Around the run', what: 'a password in `--api-url` / `--token-url` (`http://user:pass@…`): masked in every request line, `--verbose`, the reports and the exported environment' },
  { id: 'proxy-set-emulator', group: 'Around the run', what: '`HTTP_PROXY` / `HTTPS_PROXY` set (no `NO_PROXY`) with `--emulator`: loopback traffic never goes through the proxy' },
  { id: 'dry-run', group: 'Around the run', what: '`--dry-run`: each request the run would send with its method and URL (a password in it masked), writes marked; nothing sent' },
  { id: 'auth-env-file-utf16', group: 'npm run auth', what: 'an env file saved as UTF-16: named, and left as it was' },
  { id: 'auth-redirect-uri-ambiguous', group: 'npm run auth', what: '`--redirect-url https://amazon.com/?code=…` without `--redirect-uri`, from a consent this tool did not start: the return URL may have had no final slash, so it asks (the code is not spent)' },
  { id: 'auth-env-folder-unwritable', group: 'npm run auth', what: 'the folder of the env file takes no new file: refused before the consent and the code exchange' },
  { id: 'auth-api-url-fragment-secret', group: 'npm run auth', what: '`--api-url` with a token in its fragment (`…/#access=Atzr…`): refused without printing it' },
  { id: 'auth-callback-without-state', group: 'npm run auth', what: 'a callback without `state` (`/callback?code=<the attacker\'s code>`, login CSRF): refused with a page saying why, the real redirect still completes; the attacker\'s code is never exchanged' },
  { id: 'auth-callback-wrong-state', group: 'npm run auth', what: 'a forged callback with a wrong `state`: refused (no exit 2, the port stays open), the real redirect still completes' },
];

export const casesDoc = path.join(projectRoot, 'docs/failure-cases.md');
/** Where `npm run docs:cases` collects what the tests observed. */
export const observedDir = path.join(os.tmpdir(), 'amazon-ads-collection-failure-cases');

export interface Observed {
  id: string;
  exitCode: number | null;
  /** stderr, one entry per line, with the run's temporary paths and ports replaced by placeholders. */
  lines: string[];
}

/** Replaces what differs between runs (temporary folders, ports) with placeholders. */
export function normalise(line: string, ws?: CaseWorkspace): string {
  let text = line;
  if (ws) {
    for (const dir of new Set([ws.dir, fs.realpathSync(ws.dir)])) text = text.split(dir).join('<tmp>');
  }
  text = text.split(projectRoot).join('.');
  return text.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>').replace(/\b\d{10,}\b/g, '<profileId>');
}

/** The table's rows: id -> exit code and lines. */
export function readCasesTable(text = fs.readFileSync(casesDoc, 'utf8')): Map<string, { exitCode: number; lines: string[]; what: string }> {
  const rows = new Map<string, { exitCode: number; lines: string[]; what: string }>();
  for (const line of text.split('\n')) {
    const match = /^\| `([a-z0-9-]+)` \| (.*) \| (\d) \| (.*) \|$/.exec(line);
    if (!match) continue;
    const cell = match[4].trim();
    const lines = cell === NOTHING ? [] : cell.split('<br>').map((part) => part.trim().replace(/^`` | ``$/g, '').replace(/\\\|/g, '|'));
    rows.set(match[1], { what: match[2], exitCode: Number(match[3]), lines });
  }
  return rows;
}

/** The cell of a case that prints nothing on stderr. */
export const NOTHING = '(nothing)';

/** One table cell line: a code span that may itself hold backticks; pipes escaped for the table. */
export function cellOf(line: string): string {
  return `\`\` ${line.replace(/\|/g, '\\|')} \`\``;
}

/** The table, from the catalogue and what each case observed. */
export function casesTable(observed: ReadonlyMap<string, Observed>): string {
  const out = [
    '# Failure cases',
    '',
    'Every bad input and every fault of `npm run collection` (issue 8): what the user sees on stderr and the exit',
    'code. Generated by `npm run docs:cases` from what the tests in [test/hardening/](../test/hardening/) observe;',
    'each of those tests fails when its row here no longer matches, so the table cannot drift. `<tmp>` is the',
    "run's folder, `<port>` a local port. Every case is also run with distinctive secrets, and none of them",
    'appears in anything the run printed or wrote.',
    '',
    'Exit codes: `0` passed, `1` the run failed (stdout ends with the summary: `cause` and numbered `failures`),',
    '`2` bad input or configuration, found before any request.',
  ];
  let group: CaseGroup | undefined;
  for (const entry of failureCases) {
    if (entry.group !== group) {
      group = entry.group;
      out.push('', `## ${group}`, '', '| id | case | exit | stderr |', '| --- | --- | --- | --- |');
    }
    const seen = observed.get(entry.id);
    if (!seen) throw new Error(`no observation for case ${entry.id}: run its test with UPDATE_FAILURE_CASES=1`);
    const cell = seen.lines.length === 0 ? NOTHING : seen.lines.map(cellOf).join('<br>');
    out.push(`| \`${entry.id}\` | ${entry.what} | ${seen.exitCode} | ${cell} |`);
  }
  return out.join('\n') + '\n';
}
