/**
 * Runs the generated collection (the same JSON a Postman user imports) through Newman's library API,
 * with the region's environment and the credentials injected as environment values.
 *
 * Everything the run prints or writes passes the run's one Redactor:
 * - the CLI output is our own reporter (cli-reporter.ts): each line built whole, redacted, written;
 *   Newman's CLI reporter is not used (it wraps long values over lines, out of any redactor's reach);
 * - anything else Newman writes to process.stdout/stderr (warnings) is captured and redacted line by
 *   line while the run lasts (capture-output.ts);
 * - the JUnit / JSON reporters hand their content to Newman's export queue: taken out of the queue and
 *   written here, redacted, atomically, mode 0600 (reports.ts);
 * - the exported environment is produced here from the final environment, masked (environment.ts).
 * Access tokens are learnt as they appear (script results, Authorization headers, token responses).
 *
 * Memory stays bounded on long paging runs: Newman keeps every execution (request + response) in
 * summary.run.executions; each response body is dropped once its item has finished, and the garbage
 * each page leaves is collected once it has piled up (heap-guard.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import newman from 'newman';
import sdk from 'postman-collection';
import { RunFailure, UsageError } from '../errors.js';
import type { EmulatorOptions } from '../emulator/index.js';
import { classifyFailure, runStoppingCauses } from './causes.js';
import { listedProfiles, profileChoiceFailure, type ListedProfile } from './profile-choice.js';
import { captureOutput, processSinks, type Sink } from './capture-output.js';
import { attachCliReporter } from './cli-reporter.js';
import type { Credentials } from './credentials.js';
import { environmentPathOf, maskEnvironment, withValues, type EnvironmentJson } from './environment.js';
import { fullNameOf, requestIdsFor } from './folders.js';
import { heapGuard } from './heap-guard.js';
import { hostsOf, runDefaults, type RunOptions } from './options.js';
import { loadRunCollection, loadRunEnvironment } from './postman-files.js';
import { Redactor } from './redact.js';
import { prepareReportDir, reportFileOf, takeExports, writeReports, type ExportEntry } from './reports.js';
import { countOf, exitCodeOfReport, formatSummary, type RunFailureEntry, type RunReport } from './summary.js';
import { writeFileAtomic } from '../files/write-file-atomic.js';

export interface RunIO {
  /** Required unless options.emulator (then the emulator's demo credentials are used). */
  credentials?: Credentials;
  /** Where the CLI reporter and the summary go (redacted). Default: process.stdout / process.stderr. */
  stdout?: Sink;
  stderr?: Sink;
  /** Options of the embedded emulator started by options.emulator (region always = options.region). */
  emulatorOptions?: Omit<EmulatorOptions, 'region'>;
  /** Extra environment values (e.g. page_size, retry_after_cap_seconds) for programmatic callers. */
  environmentValues?: Record<string, string>;
}

export interface RunOutcome {
  exitCode: 0 | 1;
  report: RunReport;
  /** The summary as printed (redacted). */
  summaryText: string;
  /** Distinct origins (scheme://host:port) of every request the run's executions sent. */
  contactedOrigins: string[];
  /** The secrets this run knew at the end (for tests that scan outputs; never print them). */
  redactor: Redactor;
}

const TOKEN_FIELDS = ['access_token', 'refresh_token'] as const;
const SECRET_VARIABLES = ['client_secret', 'refresh_token', 'access_token'] as const;

interface VariableScopeLike {
  get(key: string): unknown;
  toJSON(): EnvironmentJson;
}
interface ResponseLike {
  stream?: unknown;
  body?: unknown;
  text(): string;
}
interface RequestLike {
  url: { toString(): string; getRemote?: () => string; protocol?: string };
  headers?: { get(key: string): unknown };
}
interface FailureLike {
  error: { name?: string; message?: string; code?: string; test?: string };
  at?: string;
  cursor?: { ref?: string };
  source?: { name?: string; parent?: () => unknown; request?: RequestLike };
}
interface SummaryLike {
  run: {
    stats: Record<string, { total: number; failed: number }>;
    timings: { started?: number; completed?: number };
    failures: FailureLike[];
    error?: unknown;
  };
  environment: VariableScopeLike;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function checkExportPath(target: string): void {
  const dir = path.dirname(target);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new UsageError(`--export-environment folder ${dir} does not exist: create it or choose another path`);
  }
  if (!stat.isDirectory()) throw new UsageError(`--export-environment folder ${dir} is not a folder: choose another path`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new UsageError(`--export-environment folder ${dir} is not writable: choose another path`);
  }
  // Found now rather than when the run ends, where the final rename would fail over a folder.
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`--export-environment ${target} is a folder: give a file path such as ${path.join(target, 'final.postman_environment.json')}`);
  }
}

/** Runs the collection; resolves with the outcome (exit code 0 or 1). Throws UsageError for bad configuration. */
export async function runCollection(options: RunOptions, io: RunIO = {}): Promise<RunOutcome> {
  const sinks = { ...processSinks(), ...(io.stdout ? { stdout: io.stdout } : {}), ...(io.stderr ? { stderr: io.stderr } : {}) };
  const colour = io.stdout === undefined && process.stdout.isTTY === true;
  const collection = await loadRunCollection(options.collection, options.collection === runDefaults.collection);
  const requestIds = requestIdsFor(collection, options.folders, options.collection);
  const baseEnvironment = await loadRunEnvironment(
    options.environment ?? environmentPathOf(options.environmentDir, options.region),
    options.environment === undefined,
  );
  if (options.exportEnvironment) checkExportPath(options.exportEnvironment);
  const fileReporters = options.reporters.filter((reporter) => reporter !== 'cli');
  if (fileReporters.length > 0) prepareReportDir(options.reportDir);
  if (!options.emulator && !io.credentials) {
    throw new UsageError('no credentials given: set AMAZON_ADS_CLIENT_ID, AMAZON_ADS_CLIENT_SECRET and AMAZON_ADS_REFRESH_TOKEN, or use --emulator');
  }

  const emulator = options.emulator
    ? await (await import('../emulator/index.js')).startEmulator({ ...io.emulatorOptions, region: options.region })
    : undefined;
  try {
    const credentials: Credentials = emulator
      ? { client_id: emulator.credentials.client_id, client_secret: emulator.credentials.client_secret, refresh_token: emulator.credentials.refresh_token }
      : io.credentials!;
    const hosts = emulator
      ? { api_url: emulator.url, token_url: `${emulator.url}/auth/o2/token`, auth_grant_url: `${emulator.url}/ap/oa` }
      : hostsOf(options);
    const redactor = new Redactor([credentials.client_secret, credentials.refresh_token]);
    const environment = withValues(baseEnvironment, {
      ...io.environmentValues,
      ...credentials,
      ...hosts,
      profileId: options.profileId ?? '',
      profile_country: options.country ?? '',
      ...(options.pageSize === undefined ? {} : { page_size: String(options.pageSize) }),
      access_token: '',
      token_expires_at: '',
    });
    return await execute(options, { collection, requestIds, environment, redactor, sinks, colour });
  } finally {
    await emulator?.stop();
  }
}

interface Prepared {
  collection: sdk.Collection;
  requestIds: string[];
  environment: EnvironmentJson;
  redactor: Redactor;
  sinks: { stdout: Sink; stderr: Sink };
  /** Newman's CLI reporter may colour its output (a terminal, no custom sink). */
  colour: boolean;
}

/** Responses up to this size are searched for tokens (token responses are tiny; campaign pages are not). */
const TOKEN_RESPONSE_MAX_BYTES = 64 * 1024;

interface ItemLike {
  id?: string;
  name?: string;
  parent?: () => unknown;
}

async function execute(options: RunOptions, prepared: Prepared): Promise<RunOutcome> {
  const { redactor, sinks, collection } = prepared;
  const exports: ExportEntry[] = [];
  const origins = new Set<string>();
  const requestErrors = new Map<unknown, { code?: string; url: string }>();
  const runnerFailures: RunFailureEntry[] = [];
  let finishedResponses: ResponseLike[] = [];
  let running: { abort(): void } | undefined;
  let stopped = false;
  const heap = heapGuard();

  const [profilesRequestId] = requestIdsFor(collection, ['profiles'], options.collection);
  const stepItemIds = new Set(requestIdsFor(collection, ['auth', 'profiles'], options.collection));
  let listed: ListedProfile[] = [];
  let profileChoice: string | undefined;

  const learnFromScope = (scope: VariableScopeLike | undefined) => {
    if (!scope || typeof scope.get !== 'function') return;
    for (const name of SECRET_VARIABLES) {
      const value = scope.get(name);
      if (typeof value === 'string') redactor.add(value);
    }
  };

  /** Stops the run after a failure nothing later can recover from (no token, no host, no profile). */
  const stopAfter = (failure: { message: string; code?: string; url?: string; kind: 'request' | 'script' | 'assertion' }, item: ItemLike | undefined) => {
    if (stopped || !running) return;
    const { cause } = classifyFailure(failure);
    if (runStoppingCauses.has(cause) || (item?.id !== undefined && stepItemIds.has(item.id))) {
      stopped = true;
      running.abort();
    }
  };

  const capture = captureOutput(redactor, sinks);
  let summary: SummaryLike;
  let runError: unknown;
  try {
    ({ summary, runError } = await new Promise<{ summary: SummaryLike; runError: unknown }>((resolve) => {
      const emitter = newman.run(
        {
          collection,
          environment: prepared.environment as never,
          folder: prepared.requestIds,
          // Newman's own reporters only for the files; the CLI output is ours (cli-reporter.ts).
          reporters: options.reporters.filter((reporter) => reporter !== 'cli'),
          timeoutRequest: options.timeoutRequest,
          bail: options.bail,
        } as newman.NewmanRunOptions,
        (error, runSummary) => resolve({ summary: runSummary as unknown as SummaryLike, runError: error }),
      ) as unknown as NodeJS.EventEmitter & { exports?: ExportEntry[] };

      emitter.on('start', (_error: unknown, o: { run?: { abort(): void } }) => {
        running = o?.run;
        // Reporters queue their files in emitter.exports; take them so Newman writes nothing itself.
        takeExports(emitter, exports);
      });

      emitter.on('script', (error: { message?: string } | null, o: { execution?: { environment?: VariableScopeLike }; item?: ItemLike; event?: { listen?: string } }) => {
        const environment = o?.execution?.environment;
        learnFromScope(environment);
        if (o?.item?.id === profilesRequestId && o?.event?.listen === 'test' && environment) {
          const choice = environment.get('profile_choice');
          if (typeof choice === 'string' && choice !== '') profileChoice = choice;
        }
        if (error) stopAfter({ message: redactor.redactError(error), kind: 'script' }, o?.item);
      });

      emitter.on('beforeRequest', (_error: unknown, o: { request?: RequestLike }) => {
        const authorization = o?.request?.headers?.get('Authorization');
        if (typeof authorization === 'string') redactor.add(authorization.replace(/^Bearer\s+/i, ''));
      });

      emitter.on('request', (error: { code?: string; message?: string } | null, o: { request?: RequestLike; response?: ResponseLike; cursor?: { ref?: string }; item?: ItemLike }) => {
        const url = o?.request?.url?.toString() ?? '';
        const origin = originOf(url);
        if (origin) origins.add(origin);
        if (error) {
          requestErrors.set(o?.cursor?.ref, { code: error.code, url });
          stopAfter({ message: redactor.redactError(error), code: error.code, url, kind: 'request' }, o?.item);
        }
        const response = o?.response;
        if (!response) return;
        const size = (response.stream as { byteLength?: number } | undefined)?.byteLength ?? 0;
        if (size > 0 && size <= TOKEN_RESPONSE_MAX_BYTES) {
          const text = response.text();
          if (/"(access|refresh)_token"/.test(text)) learnTokens(text, redactor);
          if (o?.item?.id === profilesRequestId) listed = listedProfiles(text);
        }
        finishedResponses.push(response);
      });

      emitter.on('assertion', (error: { message?: string } | null, o: { item?: ItemLike }) => {
        if (error) stopAfter({ message: redactor.redact(error.message ?? ''), kind: 'assertion' }, o?.item);
      });

      emitter.on('item', (_error: unknown, o: { item?: ItemLike }) => {
        // After an item's tests have read its response, drop the body Newman would keep until the end.
        for (const response of finishedResponses) {
          response.stream = undefined;
          response.body = undefined;
        }
        finishedResponses = [];
        heap.check();
        if (o?.item?.id === profilesRequestId && !stopped) {
          const failure = profileChoiceFailure({ profileId: options.profileId, country: options.country }, profileChoice, listed);
          if (failure) {
            runnerFailures.push({ ...failure, message: redactor.redact(failure.message), item: fullNameOf(o.item) });
            stopped = true;
            running?.abort();
          }
        }
      });

      emitter.on('beforeDone', (_error: unknown, o: { summary?: SummaryLike }) => {
        learnFromScope(o?.summary?.environment);
      });

      // Attached last: by the time it prints an event, the listeners above have learnt its secrets.
      if (options.reporters.includes('cli')) {
        attachCliReporter(emitter, { write: sinks.stdout, redactor, verbose: options.verbose, colour: prepared.colour });
      }
    }));
  } finally {
    capture.release();
  }

  const finalEnvironment = summary?.environment;
  learnFromScope(finalEnvironment);

  const reportFiles = writeReports(exports, options, redactor);

  let exportedEnvironment: string | undefined;
  if (options.exportEnvironment && finalEnvironment) {
    const json = { ...finalEnvironment.toJSON(), _postman_variable_scope: 'environment' };
    const content = options.exportSecrets ? JSON.stringify(json, null, 2) : redactor.redact(JSON.stringify(maskEnvironment(json), null, 2));
    writeFileAtomic(options.exportEnvironment, content + '\n');
    exportedEnvironment = options.exportEnvironment;
  }

  const report = buildReport(options, summary, runError, requestErrors, runnerFailures, redactor, reportFiles, exportedEnvironment);
  const summaryText = redactor.redact(formatSummary(report));
  sinks.stdout(options.reporters.includes('cli') ? `\n${summaryText}` : summaryText);
  return { exitCode: exitCodeOfReport(report), report, summaryText, contactedOrigins: [...origins].sort(), redactor };
}

function learnTokens(text: string, redactor: Redactor): void {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    for (const field of TOKEN_FIELDS) if (typeof body[field] === 'string') redactor.add(body[field] as string);
  } catch {
    // not JSON: nothing to learn
  }
}

function buildReport(
  options: RunOptions,
  summary: SummaryLike | undefined,
  runError: unknown,
  requestErrors: Map<unknown, { code?: string; url: string }>,
  runnerFailures: RunFailureEntry[],
  redactor: Redactor,
  reportFiles: string[],
  exportedEnvironment: string | undefined,
): RunReport {
  const stats = summary?.run.stats ?? {};
  const env = summary?.environment;
  const read = (key: string): string | undefined => {
    const value = env?.get(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };

  const failures: RunFailureEntry[] = (summary?.run.failures ?? []).map((failure) => {
    const requestError = failure.at === 'request' ? requestErrors.get(failure.cursor?.ref) : undefined;
    const kind = failure.at === 'request' ? 'request' : failure.at?.includes('script') ? 'script' : 'assertion';
    const message = redactor.redact(failure.error?.message ?? String(failure.error));
    const url = requestError?.url ?? failure.source?.request?.url?.toString();
    return {
      ...classifyFailure({ message, code: failure.error?.code ?? requestError?.code, url, kind }),
      item: fullNameOf(failure.source),
    };
  });
  failures.push(...runnerFailures);
  if (runError) {
    const message = redactor.redactError(runError);
    failures.push({ ...classifyFailure({ message, kind: 'script' }) });
  }

  const started = summary?.run.timings.started ?? Date.now();
  const completed = summary?.run.timings.completed ?? Date.now();
  const counted = (key: string) => (options.folders.includes('campaigns') ? countOf(env?.get(key)) : undefined);
  return {
    region: options.region,
    profile: { id: read('profileId'), country: read('profile_country_code'), accountName: read('profile_account_name') },
    campaigns: { sp: counted('sp_campaign_count'), sb: counted('sb_campaign_count'), sd: counted('sd_campaign_count') },
    requests: { total: stats.requests?.total ?? 0, failed: stats.requests?.failed ?? 0 },
    assertions: { total: stats.assertions?.total ?? 0, failed: stats.assertions?.failed ?? 0 },
    durationMs: Math.max(0, completed - started),
    failures,
    passed: failures.length === 0,
    reportFiles,
    exportedEnvironment,
  };
}

/** For the command: a failed run as one line naming its cause. */
export function failureOf(outcome: RunOutcome): RunFailure | undefined {
  if (outcome.exitCode === 0) return undefined;
  const lines = outcome.summaryText.split('\n');
  const cause = lines.find((line) => line.trimStart().startsWith('cause'))?.trim().replace(/^cause\s+/, '');
  return new RunFailure(cause ?? 'the run failed: see the summary above');
}

export { reportFileOf };
