/**
 * Runs the generated collection (the same JSON a Postman user imports) through Newman's library API,
 * with the region's environment and the credentials injected as environment values. This file is
 * the adapter: it prepares the run (selection, environment, the plug-ins' `prepare`), starts Newman
 * without reporters of its own, attaches the plug-ins of plugins/index.ts to the run's events, runs
 * their `after` steps once Newman is done, and turns the outcome into a `RunReport`
 * (summary/summary.ts), the printed summary and the exit code.
 *
 * Everything the run prints or writes passes the run's one Redactor (core/redact.ts).
 */
import path from 'node:path';
import newman, { type NewmanRunSummary } from 'newman';
import type { CollectionDefinition } from 'postman-collection';
import { UsageError } from '../errors.js';
import type { EmulatorOptions } from '../emulator/index.js';
import type { Credentials } from '../config/credentials.js';
import { defaultCollection, environmentPathOf } from '../config/paths.js';
import type { RunOptions } from '../config/run-settings.js';
import { hostsAt, type Hosts } from '../core/regions.js';
import { Redactor } from '../core/redact.js';
import { trackClientRequests } from './newman/client-requests.js';
import type { EnvironmentJson } from './newman/environment.js';
import { bypassProxyForLoopback } from './newman/loopback-no-proxy.js';
import { runEventsOf } from './newman/newman-events.js';
import { newmanOptionsOf } from './newman/newman-options.js';
import { loadRunCollection, loadRunEnvironment } from './newman/postman-files.js';
import { responseSizeLimit } from './newman/response-size-limit.js';
import { hostValuesOf, knownSecretsOf, runEnvironmentOf } from './newman/run-environment.js';
import { liveSummaryOf, runOutputOf } from './output/run-output.js';
import type { Sink } from './output/stdout-sink.js';
import { runPlugins } from './plugins/index.js';
import type { PreparedPlugin, RunOutput } from './plugins/plugin.js';
import { createRunState, type RunState } from './run-state.js';
import { selectItems, unifiedSmokeFolders } from './selection/folders.js';
import { plannedRequests, type PlannedRequest } from './selection/planned-requests.js';
import { checkWrites } from './selection/write-guard.js';
import { formatDryRun } from './output/dry-run.js';
import { exitCodeOfReport, formatSummary, reportOf, type NewmanOutcome, type RunAddition, type RunReport } from './summary/summary.js';

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

/** Runs the collection; resolves with the outcome (exit code 0 or 1). Throws UsageError for bad configuration. */
export async function runCollection(options: RunOptions, io: RunIO = {}): Promise<RunOutcome> {
  return withPreparedRun(options, io, async ({ state, plugins, collection, environment, planned }) => {
    // no request that creates, updates or deletes goes to a real account by accident
    checkWrites(planned, options.allowWrites);
    // loopback (the emulator, a local api_url / token_url) never through HTTP_PROXY / HTTPS_PROXY
    const restoreProxy = bypassProxyForLoopback(hostValuesOf(environment));
    try {
      return await execute(state, plugins, collection, environment, runOutputOf(options, io));
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
  plugins: PreparedPlugin[];
  collection: CollectionDefinition;
  environment: EnvironmentJson;
  /** What the run will send, read before the first request. */
  planned: PlannedRequest[];
}

/** Everything decided before the first request (selection, environment, the plug-ins' `prepare`, the redactor), handed to `use` while the emulator (if any) runs. */
async function withPreparedRun<T>(options: RunOptions, io: RunIO, use: (run: PreparedRun) => Promise<T>): Promise<T> {
  const loaded = await loadRunCollection(options.collection, options.collection === defaultCollection);
  const selection = selectItems(loaded, options.api === 'unified' ? unifiedSmokeFolders : options.folders, shownPath(options.collection), options.profileId !== undefined, options.excludeFolder);
  const baseEnvironment = await loadRunEnvironment(options.environment ?? environmentPathOf(options.environmentDir, options.region), options.environment === undefined);
  // a dry run writes nothing: no plug-in is prepared (their pre-flight creates the report folder)
  const plugins = options.dryRun ? [] : runPlugins.flatMap((plugin) => plugin.prepare(options) ?? []);
  if (!options.emulator && !io.credentials) {
    throw new UsageError('no credentials given: set AMAZON_ADS_CLIENT_ID, AMAZON_ADS_CLIENT_SECRET and AMAZON_ADS_REFRESH_TOKEN, or use --emulator');
  }

  const emulator = options.emulator ? await (await import('../emulator/index.js')).startEmulator({ ...io.emulatorOptions, region: options.region }) : undefined;
  try {
    const { client_id, client_secret, refresh_token } = emulator ? emulator.credentials : io.credentials!;
    const credentials: Credentials = { client_id, client_secret, refresh_token };
    const hosts: Hosts = emulator ? hostsAt(emulator.url) : options.hosts;
    // several profiles: the per-profile requests loop over them (profiles/profile-loop.ts, loaded only then)
    const loop = options.profileSet ? await import('./profiles/profile-loop.js') : undefined;
    const environment = runEnvironmentOf(baseEnvironment, {
      options,
      credentials,
      hosts,
      // the emulator builds a report in a few polls: no need for the 5 s first wait meant for Amazon
      given: { ...(emulator ? { report_poll_seconds: '0.2' } : {}), ...io.environmentValues },
      loop: loop && options.profileSet ? loop.profileSetValues(options.profileSet) : {},
    });
    const state = createRunState(options, new Redactor(knownSecretsOf(options, credentials, hosts)), selection.stepItemIds);
    // Newman builds its objects, with its own copy of postman-collection, for the selected items only
    // (the collection is already pruned); building them here too would load a second copy and build twice
    const collection = (loop?.withProfileLoop(selection.collection, selection.stepItemIds) ?? selection.collection) as CollectionDefinition;
    return await use({ state, plugins, collection, environment, planned: plannedRequests(selection.collection, environment) });
  } finally {
    await emulator?.stop();
  }
}

async function execute(state: RunState, plugins: PreparedPlugin[], collection: CollectionDefinition, environment: EnvironmentJson, output: RunOutput): Promise<RunOutcome> {
  const { options, redactor } = state;
  // every request of the run, so the deadlines can end one whose answer never completes
  const requests = trackClientRequests();
  const outcome = await new Promise<NewmanOutcome>((resolve) => {
    const emitter = requests.within(() =>
      newman.run(
        {
          collection,
          environment,
          // No Newman reporter: the CLI lines and the report files are plug-ins of ours, redacted.
          reporters: [],
          ...newmanOptionsOf(options),
          // a body past --max-response-mb is cut by the requester (plugins/response-size-guard.ts names it)
          ...responseSizeLimit(options.maxResponseMb),
          // No redirect is followed: one to another host would carry the credentials there (plugins/redirect-guard.ts).
          ignoreRedirects: true,
        },
        (error: Error | null, summary: NewmanRunSummary | undefined) => resolve({ summary, error: error ?? undefined }),
      ),
    );
    const events = runEventsOf(emitter);
    events.on('start', (_error, o) => {
      state.startedAt = Date.now();
      if (o?.run) state.setAbort(() => o.run?.abort());
    });
    for (const plugin of plugins) plugin.attach?.({ events, state, requests, output, liveSummary: () => liveSummaryOf(emitter) });
  }).finally(() => requests.close());

  output.live.end();
  const finished = { state, outcome, environment: outcome.summary?.environment, startEnvironment: environment, collection, output };
  const additions: RunAddition[] = [];
  for (const plugin of plugins) {
    const addition = await plugin.after?.(finished);
    if (addition) additions.push(addition);
  }
  const report = reportOf(state, outcome, additions);
  const summaryText = redactor.redact(formatSummary(report));
  output.write(options.reporters.includes('cli') ? `\n${summaryText}` : summaryText);
  return { exitCode: exitCodeOfReport(report), report, summaryText, contactedOrigins: [...state.origins].sort(), redactor };
}
