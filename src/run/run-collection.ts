/**
 * Runs the generated collection (the same JSON a Postman user imports) through Newman's library API,
 * with the region's environment and the credentials injected as environment values. This file is
 * the adapter: it prepares the run, starts Newman without reporters of its own, attaches the
 * plug-ins (plugins/*.ts, one concern each) to the run's events, and turns the outcome into a
 * `RunReport` (summary.ts), the printed summary and the exit code.
 *
 * Everything the run prints or writes passes the run's one Redactor (redact.ts): the CLI lines
 * (plugins/cli-reporter.ts), the report files (plugins/file-reporters.ts), the exported environment
 * (environment.ts) and every failure message.
 */
import path from 'node:path';
import newman, { type NewmanRunSummary } from 'newman';
import type { CollectionDefinition } from 'postman-collection';
import { UsageError } from '../errors.js';
import type { EmulatorOptions } from '../emulator/index.js';
import type { Credentials } from '../config/credentials.js';
import { defaultCollection, environmentPathOf } from '../config/paths.js';
import type { RunOptions } from '../config/run-settings.js';
import { hostNames, hostsAt, type Hosts } from '../core/regions.js';
import { changedValues, maskEnvironment, maskedVariableNames, withValues, type EnvironmentJson } from './newman/environment.js';
import { selectItems, unifiedSmokeFolders } from './selection/folders.js';
import { plannedRequests, type PlannedRequest } from './selection/planned-requests.js';
import { checkWrites } from './selection/write-guard.js';
import { formatDryRun } from './output/dry-run.js';
import type { DownloadedReport } from './plugins/report-download.js';
import { runEventsOf } from './newman/newman-events.js';
import { bodyRelease } from './plugins/body-release.js';
import { cliReporter, type Sink } from './plugins/cli-reporter.js';
import { fileReporters, loadFileReporters, type FileReporter } from './plugins/file-reporters.js';
import { checkOutputFiles } from './output/check-output-files.js';
import { outputFailureOf } from './output/output-failure.js';
import { colourWanted } from './output/colour.js';
import { newmanOptionsOf } from './newman/newman-options.js';
import { pagingProgress } from './plugins/paging-progress.js';
import { profileResults } from './profiles/profile-results.js';
import { requestLog } from './plugins/request-log.js';
import { retryWait } from './plugins/retry-wait.js';
import { learnFromScope, secretsLearner } from './plugins/secrets-learner.js';
import { stopPolicy } from './plugins/stop-policy.js';
import { redirectGuard } from './plugins/redirect-guard.js';
import { responseSizeGuard } from './plugins/response-size-guard.js';
import { responseSizeLimit } from './newman/response-size-limit.js';
import { requestDeadline } from './plugins/request-deadline.js';
import { trackPosition } from './plugins/position.js';
import { runDeadline, type RunDeadline } from './plugins/run-deadline.js';
import { trackClientRequests } from './newman/client-requests.js';
import { loadRunCollection, loadRunEnvironment } from './newman/postman-files.js';
import { derivedSecrets, Redactor } from '../core/redact.js';
import { userinfoSecretsOf } from '../core/url-userinfo.js';
import { stdoutSink } from './output/stdout-sink.js';
import { bypassProxyForLoopback } from './newman/loopback-no-proxy.js';
import { progressOutput } from './output/progress-line.js';
import { createRunState, type RunState } from './run-state.js';
import { exitCodeOfReport, formatSummary, reportOf, type NewmanOutcome, type RunFailureEntry, type RunReport } from './summary/summary.js';
import { writeFileAtomic } from '../files/write-file-atomic.js';

export interface RunIO {
  /** Required unless options.emulator (then the emulator's demo credentials are used). */
  credentials?: Credentials;
  /** Where the CLI reporter and the summary go (redacted). Default: process.stdout. */
  stdout?: Sink;
  /** The stream printed to when `stdout` is not given (default process.stdout); its isTTY decides `--color auto` and the updating page line. */
  stream?: NodeJS.WriteStream;
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

/** A path as messages show it: relative to the working folder when inside it. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** The environment values the runner sets: credentials, the profile asked for and the run's limits. */
function runValues(options: RunOptions, credentials: Credentials): Record<string, string> {
  const profileAsked = options.profileId !== undefined || options.country !== undefined;
  return {
    ...credentials,
    profileId: options.profileId ?? '',
    profile_country: options.country ?? '',
    // a headless run that asked for a profile fails when it is not there, instead of falling back to the first
    ...(profileAsked ? { strict_profile_choice: 'true' } : {}),
    ...(options.pageSize === undefined ? {} : { page_size: String(options.pageSize) }),
    max_pages: String(options.maxPages),
    ...(options.reportDates ? { report_start_date: options.reportDates.startDate, report_end_date: options.reportDates.endDate } : {}),
    ...(options.reportTimeout === undefined ? {} : { report_timeout_seconds: String(options.reportTimeout) }),
    access_token: '',
    token_expires_at: '',
  };
}

/** Newman's live run summary: its emitter's `summary`, which external reporters read while the run goes. */
function liveSummaryOf(emitter: object): NewmanRunSummary | undefined {
  return 'summary' in emitter ? (emitter.summary as NewmanRunSummary | undefined) : undefined;
}

/** Runs the collection; resolves with the outcome (exit code 0 or 1). Throws UsageError for bad configuration. */
export async function runCollection(options: RunOptions, io: RunIO = {}): Promise<RunOutcome> {
  return withPreparedRun(options, io, async ({ state, prepared, planned }) => {
    // no request that creates, updates or deletes goes to a real account by accident
    checkWrites(planned, options.allowWrites);
    // loopback (the emulator, a local api_url / token_url) never through HTTP_PROXY / HTTPS_PROXY
    const restoreProxy = bypassProxyForLoopback(hostValuesOf(prepared.environment));
    try {
      return await execute(state, prepared, io.stdout, io.stream ?? process.stdout);
    } finally {
      restoreProxy();
    }
  });
}

/** `--dry-run`: the text listing what the run would send (masked); nothing is sent, no file written. */
export async function dryRunCollection(options: RunOptions, io: RunIO = {}): Promise<string> {
  return withPreparedRun(options, io, async ({ state, planned }) => formatDryRun(planned, (text) => state.redactor.redact(text)));
}

interface PreparedRun {
  state: RunState;
  prepared: Prepared;
  /** What the run will send, read before the first request. */
  planned: PlannedRequest[];
}

/** Everything decided before the first request (selection, environment, checks, redactor), handed to `use` while the emulator (if any) runs. */
async function withPreparedRun<T>(options: RunOptions, io: RunIO, use: (run: PreparedRun) => Promise<T>): Promise<T> {
  const selection = selectItems(
    await loadRunCollection(options.collection, options.collection === defaultCollection),
    options.api === 'unified' ? unifiedSmokeFolders : options.folders,
    shownPath(options.collection),
    options.profileId !== undefined,
  );
  const baseEnvironment = await loadRunEnvironment(
    options.environment ?? environmentPathOf(options.environmentDir, options.region),
    options.environment === undefined,
  );
  const fileReporterList = loadFileReporters(options.reporters);
  // a dry run writes nothing (checking the outputs creates the report folder)
  if (!options.dryRun) checkOutputFiles(options, fileReporterList);
  if (!options.emulator && !io.credentials) {
    throw new UsageError('no credentials given: set AMAZON_ADS_CLIENT_ID, AMAZON_ADS_CLIENT_SECRET and AMAZON_ADS_REFRESH_TOKEN, or use --emulator');
  }

  const emulator = options.emulator
    ? await (await import('../emulator/index.js')).startEmulator({ ...io.emulatorOptions, region: options.region })
    : undefined;
  try {
    const { client_id, client_secret, refresh_token } = emulator ? emulator.credentials : io.credentials!;
    const credentials: Credentials = { client_id, client_secret, refresh_token };
    const hosts: Hosts = emulator ? hostsAt(emulator.url) : options.hosts;
    // the emulator builds a report in a few polls: no need for the 5 s first wait meant for Amazon
    const emulatorValues = emulator ? { report_poll_seconds: '0.2' } : {};
    // several profiles: the per-profile requests loop over them (profile-loop.ts, loaded only then)
    const loop = options.profileSet ? await import('./profiles/profile-loop.js') : undefined;
    const loopValues = loop && options.profileSet ? loop.profileSetValues(options.profileSet) : {};
    // --env-var last, as with `newman run`: it overrides what the environment file and the runner set
    // the environment file holds its region's hosts (for Postman users): only hosts it does not hold are written
    const given = withValues(baseEnvironment, { ...emulatorValues, ...io.environmentValues });
    const environment = withValues(given, { ...changedValues(given, hosts), ...runValues(options, credentials), ...loopValues, ...options.envVar });
    const state = createRunState(
      options,
      new Redactor([
        client_secret,
        refresh_token,
        ...derivedSecrets(client_id, client_secret),
        options.sslClientPassphrase,
        ...secretEnvVarValues(options.envVar),
        ...Object.values(hosts).flatMap(userinfoSecretsOf),
      ]),
      selection.stepItemIds,
    );
    // Newman builds its objects, with its own copy of postman-collection, for the selected items only
    // (the collection is already pruned); building them here too would load a second copy and build twice
    const collection = (loop?.withProfileLoop(selection.collection, selection.stepItemIds) ?? selection.collection) as CollectionDefinition;
    const planned = plannedRequests(selection.collection, environment);
    return await use({ state, prepared: { collection, environment, fileReporters: fileReporterList }, planned });
  } finally {
    await emulator?.stop();
  }
}

/** The run's host URLs as the environment finally holds them (after --env-var). */
function hostValuesOf(environment: EnvironmentJson): string[] {
  const names: readonly string[] = hostNames;
  return (environment.values ?? []).filter((entry) => names.includes(entry.key) && typeof entry.value === 'string').map((entry) => String(entry.value));
}

interface Prepared {
  collection: CollectionDefinition;
  environment: EnvironmentJson;
  fileReporters: FileReporter[];
}

/** Values of --env-var that must never be shown: secret variables and anything named like a secret. */
function secretEnvVarValues(envVar: Record<string, string>): string[] {
  return Object.entries(envVar)
    .filter(([key]) => maskedVariableNames.includes(key) || /secret|token|password|passphrase|api_?key/i.test(key))
    .map(([, value]) => value);
}

async function execute(state: RunState, prepared: Prepared, stdout: Sink | undefined, stream: NodeJS.WriteStream): Promise<RunOutcome> {
  const { options, redactor } = state;
  const write: Sink = options.silent ? () => undefined : (stdout ?? stdoutSink(stream));
  const terminal = stdout === undefined && stream.isTTY === true;
  const colour = colourWanted(options.color, terminal, process.env.NO_COLOR);
  const live = progressOutput(write, terminal);
  let reports: ReturnType<typeof fileReporters> | undefined;
  let profiles: ReturnType<typeof profileResults> | undefined;
  // every request of the run, so the deadlines can end one whose answer never completes
  const clientRequests = trackClientRequests();
  let deadline: RunDeadline | undefined;

  const outcome = await new Promise<NewmanOutcome>((resolve) => {
    const emitter = clientRequests.within(() => newman.run(
      {
        collection: prepared.collection,
        environment: prepared.environment,
        // No Newman reporter: the CLI lines and the report files are plug-ins of ours, redacted.
        reporters: [],
        ...newmanOptionsOf(options),
        // a body past --max-response-mb is cut by the requester (plugins/response-size-guard.ts names it)
        ...responseSizeLimit(options.maxResponseMb),
        // No redirect is followed: one to another host would carry the credentials there (plugins/redirect-guard.ts).
        ignoreRedirects: true,
        bail: options.bail,
      },
      (error: Error | null, summary: NewmanRunSummary | undefined) => resolve({ summary, error: error ?? undefined }),
    ));
    const events = runEventsOf(emitter);
    events.on('start', (_error, o) => {
      if (o?.run) state.setAbort(() => o.run?.abort());
    });
    // Order matters: the learner first, so every later plug-in prints with the secrets already known;
    // then the position, so every later plug-in knows which request an event belongs to.
    secretsLearner(events, state);
    trackPosition(events, state);
    requestLog(events, state);
    stopPolicy(events, state);
    redirectGuard(events, state);
    responseSizeGuard(events, state);
    requestDeadline(state, clientRequests);
    deadline = runDeadline(events, state, clientRequests);
    bodyRelease(events, prepared.fileReporters.some((reporter) => !reporter.builtIn));
    reports = fileReporters(events, state, prepared.fileReporters, () => liveSummaryOf(emitter));
    const announce = options.reporters.includes('cli') && !options.silent ? (text: string) => write(`  ${redactor.redact(text)}\n`) : undefined;
    if (options.profileSet) profiles = profileResults(events, state, announce);
    if (options.reporters.includes('cli') && !options.silent) {
      cliReporter(events, state, { write: live.write, colour });
      pagingProgress(events, (text, product) => live.progress(product, `  ${redactor.redact(text)}`));
      retryWait(events, (text) => live.write(`  ${redactor.redact(text)}\n`));
    }
  }).finally(() => {
    deadline?.clear();
    clientRequests.close();
  });

  live.end();
  const finalEnvironment = outcome.summary?.environment;
  learnFromScope(finalEnvironment, redactor);
  let downloadedReport: DownloadedReport | undefined;
  let downloadFailure: RunFailureEntry | undefined;
  const flowPassed = !outcome.error && (outcome.summary?.run.failures.length ?? 1) === 0;
  if (options.folders.includes('reports') && flowPassed && !state.stopped) {
    // loaded only here: a run without the reports folder never loads src/report/
    const { downloadRunReport } = await import('./plugins/report-download.js');
    ({ downloaded: downloadedReport, failure: downloadFailure } = await downloadRunReport(state, finalEnvironment, deadline?.remainingMs()));
  }
  const outputFailures: RunFailureEntry[] = [];
  const reportFiles = reports?.write((file, error) => outputFailures.push(outputFailureOf(file, error))) ?? [];
  for (const failure of reports?.failures() ?? []) write(`warning: ${failure}\n`);

  let exportedEnvironment: string | undefined;
  if (options.exportEnvironment && finalEnvironment) {
    const json: EnvironmentJson = { ...finalEnvironment.toJSON(), _postman_variable_scope: 'environment' };
    const content = options.exportSecrets ? JSON.stringify(json, null, 2) : redactor.redact(JSON.stringify(maskEnvironment(json), null, 2));
    try {
      writeFileAtomic(options.exportEnvironment, content + '\n');
      exportedEnvironment = options.exportEnvironment;
    } catch (error) {
      outputFailures.push(outputFailureOf(options.exportEnvironment, error));
    }
  }

  const report = reportOf(state, outcome, { reportFiles, exportedEnvironment, downloadedReport, downloadFailure, outputFailures, profiles: profiles?.() });
  const summaryText = redactor.redact(formatSummary(report));
  write(options.reporters.includes('cli') ? `\n${summaryText}` : summaryText);
  return { exitCode: exitCodeOfReport(report), report, summaryText, contactedOrigins: [...state.origins].sort(), redactor };
}
