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
import fs from 'node:fs';
import path from 'node:path';
import newman, { type NewmanRunSummary } from 'newman';
import type sdk from 'postman-collection';
import { UsageError } from '../errors.js';
import type { EmulatorOptions } from '../emulator/index.js';
import type { Credentials } from '../config/credentials.js';
import { defaultCollection, environmentPathOf } from '../config/paths.js';
import type { Hosts, RunOptions } from '../config/run-settings.js';
import { maskEnvironment, withValues, type EnvironmentJson } from './environment.js';
import { requestIdsFor } from './folders.js';
import { runEventsOf } from './newman-events.js';
import { bodyRelease } from './plugins/body-release.js';
import { cliReporter, type Sink } from './plugins/cli-reporter.js';
import { fileReporters, prepareReportDir } from './plugins/file-reporters.js';
import { requestLog } from './plugins/request-log.js';
import { learnFromScope, secretsLearner } from './plugins/secrets-learner.js';
import { stopPolicy } from './plugins/stop-policy.js';
import { redirectGuard } from './plugins/redirect-guard.js';
import { loadRunCollection, loadRunEnvironment } from './postman-files.js';
import { derivedSecrets, Redactor } from './redact.js';
import { stdoutSink } from './stdout-sink.js';
import { createRunState, type RunState } from './run-state.js';
import { exitCodeOfReport, formatSummary, reportOf, type NewmanOutcome, type RunReport } from './summary.js';
import { writeFileAtomic } from '../files/write-file-atomic.js';

export interface RunIO {
  /** Required unless options.emulator (then the emulator's demo credentials are used). */
  credentials?: Credentials;
  /** Where the CLI reporter and the summary go (redacted). Default: process.stdout. */
  stdout?: Sink;
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

/** The environment values the runner sets: credentials, hosts, the profile asked for and the run's limits. */
function runValues(options: RunOptions, credentials: Credentials, hosts: Hosts): Record<string, string> {
  const profileAsked = options.profileId !== undefined || options.country !== undefined;
  return {
    ...credentials,
    ...hosts,
    profileId: options.profileId ?? '',
    profile_country: options.country ?? '',
    // a headless run that asked for a profile fails when it is not there, instead of falling back to the first
    ...(profileAsked ? { strict_profile_choice: 'true' } : {}),
    ...(options.pageSize === undefined ? {} : { page_size: String(options.pageSize) }),
    max_pages: String(options.maxPages),
    access_token: '',
    token_expires_at: '',
  };
}

/** Runs the collection; resolves with the outcome (exit code 0 or 1). Throws UsageError for bad configuration. */
export async function runCollection(options: RunOptions, io: RunIO = {}): Promise<RunOutcome> {
  const collection = await loadRunCollection(options.collection, options.collection === defaultCollection);
  const requestIds = requestIdsFor(collection, options.folders, options.collection);
  const baseEnvironment = await loadRunEnvironment(
    options.environment ?? environmentPathOf(options.environmentDir, options.region),
    options.environment === undefined,
  );
  if (options.exportEnvironment) checkExportPath(options.exportEnvironment);
  if (options.reporters.some((reporter) => reporter !== 'cli')) prepareReportDir(options.reportDir);
  if (!options.emulator && !io.credentials) {
    throw new UsageError('no credentials given: set AMAZON_ADS_CLIENT_ID, AMAZON_ADS_CLIENT_SECRET and AMAZON_ADS_REFRESH_TOKEN, or use --emulator');
  }

  const emulator = options.emulator
    ? await (await import('../emulator/index.js')).startEmulator({ ...io.emulatorOptions, region: options.region })
    : undefined;
  try {
    const { client_id, client_secret, refresh_token } = emulator ? emulator.credentials : io.credentials!;
    const credentials: Credentials = { client_id, client_secret, refresh_token };
    const hosts = emulator
      ? { api_url: emulator.url, token_url: `${emulator.url}/auth/o2/token`, auth_grant_url: `${emulator.url}/ap/oa` }
      : options.hosts;
    const environment = withValues(baseEnvironment, { ...io.environmentValues, ...runValues(options, credentials, hosts) });
    const stepItemIds = new Set(requestIdsFor(collection, ['auth', 'profiles'], options.collection));
    const state = createRunState(options, new Redactor([client_secret, refresh_token, ...derivedSecrets(client_id, client_secret)]), stepItemIds);
    return await execute(state, { collection, requestIds, environment }, io.stdout);
  } finally {
    await emulator?.stop();
  }
}

interface Prepared {
  collection: sdk.Collection;
  requestIds: string[];
  environment: EnvironmentJson;
}

async function execute(state: RunState, prepared: Prepared, stdout: Sink | undefined): Promise<RunOutcome> {
  const { options, redactor } = state;
  const write: Sink = stdout ?? stdoutSink();
  let reports: ReturnType<typeof fileReporters> | undefined;

  const outcome = await new Promise<NewmanOutcome>((resolve) => {
    const emitter = newman.run(
      {
        collection: prepared.collection,
        environment: prepared.environment,
        folder: prepared.requestIds,
        // No Newman reporter: the CLI lines and the report files are plug-ins of ours, redacted.
        reporters: [],
        timeoutRequest: options.timeoutRequest,
        // No redirect is followed: one to another host would carry the credentials there (plugins/redirect-guard.ts).
        ignoreRedirects: true,
        bail: options.bail,
      },
      (error: Error | null, summary: NewmanRunSummary | undefined) => resolve({ summary, error: error ?? undefined }),
    );
    const events = runEventsOf(emitter);
    events.on('start', (_error, o) => {
      if (o?.run) state.setAbort(() => o.run?.abort());
    });
    // Order matters: the learner first, so every later plug-in prints with the secrets already known.
    secretsLearner(events, state);
    requestLog(events, state);
    stopPolicy(events, state);
    redirectGuard(events, state);
    bodyRelease(events);
    reports = fileReporters(events, state);
    if (options.reporters.includes('cli')) cliReporter(events, state, { write, colour: stdout === undefined && process.stdout.isTTY === true });
  });

  const finalEnvironment = outcome.summary?.environment;
  learnFromScope(finalEnvironment, redactor);
  const reportFiles = reports?.write() ?? [];

  let exportedEnvironment: string | undefined;
  if (options.exportEnvironment && finalEnvironment) {
    const json: EnvironmentJson = { ...finalEnvironment.toJSON(), _postman_variable_scope: 'environment' };
    const content = options.exportSecrets ? JSON.stringify(json, null, 2) : redactor.redact(JSON.stringify(maskEnvironment(json), null, 2));
    writeFileAtomic(options.exportEnvironment, content + '\n');
    exportedEnvironment = options.exportEnvironment;
  }

  const report = reportOf(state, outcome, { reportFiles, exportedEnvironment });
  const summaryText = redactor.redact(formatSummary(report));
  write(options.reporters.includes('cli') ? `\n${summaryText}` : summaryText);
  return { exitCode: exitCodeOfReport(report), report, summaryText, contactedOrigins: [...state.origins].sort(), redactor };
}
