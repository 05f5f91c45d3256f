/**
 * Plug-in: every report file. Newman's own JUnit and JSON reporters and any installed external one
 * (`newman-reporter-<name>`, e.g. htmlextra) build the content, exactly as for a Newman user; each is
 * registered on a host object of ours standing in for Newman's emitter, so what it pushes to
 * `exports` lands in that host's list, never in Newman's export queue (which is not touched, so no
 * other file can be written behind our back). At the end of the run every entry is written through
 * the one atomic writer, redacted with every secret the run learnt, mode 0600: junit/json under
 * --report-dir at a stable name per region, an external reporter's file at the path its options name
 * (e.g. --reporter-htmlextra-export), else under --report-dir.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { NewmanRunSummary } from 'newman';
import junitReporter from 'newman/lib/reporters/junit/index.js';
import jsonReporter from 'newman/lib/reporters/json/index.js';
import type { NewmanReporterHost, SummaryWritingHost } from 'newman-reporter-host';
import type { RegionId } from '../../core/regions.js';
import type { ReporterId, ReporterName } from '../../config/options.js';
import { UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../files/write-file-atomic.js';
import type { RunEventMap, RunEvents, RunListener } from '../newman/newman-events.js';
import type { RunState } from '../run-state.js';
import { compactRunSummary } from './compact-run-summary.js';

type BuildReporter = (host: NewmanReporterHost, options: object, runOptions: object) => void;

/**
 * Newman's json reporter on a host whose `beforeDone` hands it the compacted summary
 * (compact-run-summary.ts): per execution what a reader needs, not every script of the collection.
 */
const compactJsonReporter: BuildReporter = (host, options) => {
  const compacting: SummaryWritingHost = {
    exports: host.exports,
    on: (event, listener) =>
      host.on(event, (error, payload) => {
        const summary = event === 'beforeDone' ? payload?.summary : undefined;
        // the compacted summary has Newman's shape, with fewer fields per execution
        listener(error, summary ? { ...payload, summary: compactRunSummary(summary) } : payload);
      }),
  };
  jsonReporter(compacting, options);
};

const builtIn: Record<Exclude<ReporterId, 'cli'>, { build: BuildReporter; file: (region: RegionId) => string }> = {
  junit: { build: junitReporter, file: (region) => `amazon-ads-api.${region}.junit.xml` },
  json: { build: compactJsonReporter, file: (region) => `amazon-ads-api.${region}.newman.json` },
};

/** A file reporter ready to attach: its name, how it builds, where its file goes when it names none. */
export interface FileReporter {
  name: string;
  /** junit / json (Newman's own); false for an installed newman-reporter-<name>. */
  builtIn: boolean;
  build: BuildReporter;
  defaultFile(region: RegionId, suggested: string | undefined): string;
}

/** `newman-reporter-<name>` as Newman finds it: installed beside the user's project, else beside this tool. */
function requireExternal(name: string): BuildReporter | undefined {
  const packageName = `newman-reporter-${name}`;
  for (const base of [path.join(process.cwd(), 'package.json'), import.meta.url]) {
    let loaded: unknown;
    try {
      loaded = createRequire(base)(packageName);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${packageName}'`)) continue;
      throw new UsageError(`reporter ${name}: ${packageName} failed to load (${(error as Error).message.split('\n')[0]}): reinstall it`);
    }
    if (typeof loaded === 'function') return loaded as BuildReporter;
    throw new UsageError(`reporter ${name}: ${packageName} does not export a Newman reporter function: check the package`);
  }
  return undefined;
}

/** The file reporters asked for (every name but cli), loaded before any request; an unknown one is a UsageError. */
export function loadFileReporters(names: readonly ReporterName[]): FileReporter[] {
  return names
    .filter((name) => name !== 'cli')
    .map((name): FileReporter => {
      if (name in builtIn) {
        const known = builtIn[name as keyof typeof builtIn];
        return { name, builtIn: true, build: known.build, defaultFile: (region) => known.file(region) };
      }
      const build = requireExternal(name);
      if (!build) throw new UsageError(`unknown reporter "${name}": use --reporters with cli, junit, json, or install newman-reporter-${name} (npm install newman-reporter-${name})`);
      return {
        name,
        builtIn: false,
        build,
        defaultFile: (region, suggested) => `amazon-ads-api.${region}.${name}${path.extname(suggested ?? '') || '.txt'}`,
      };
    });
}

/** Creates the report folder (before any request), or a UsageError when it cannot be written. */
export function prepareReportDir(reportDir: string): void {
  try {
    fs.mkdirSync(reportDir, { recursive: true });
    fs.accessSync(reportDir, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`report folder ${reportDir} cannot be written (${code}): choose another with --report-dir`);
  }
}

export interface FileReports {
  /** Writes each report, redacted; returns the files written. Call once the run is done. A file that cannot be written goes to `onError` and the others are still written. */
  write(onError: (file: string, error: unknown) => void): string[];
  /** Reporters that threw while the run went (their file is not written), as one redacted line each. */
  failures(): string[];
}

interface Export {
  name?: string;
  default?: string;
  path?: string;
  content: unknown;
}

/**
 * `runSummary` is Newman's live summary of the run (its emitter's `summary`): external reporters read
 * and extend it through `this.summary` while the run goes.
 */
export function fileReporters(events: RunEvents, state: RunState, loaded: readonly FileReporter[], runSummary: () => NewmanRunSummary | undefined): FileReports {
  const { options, redactor } = state;
  const failed = new Map<string, string>();
  // Newman skips `beforeDone` when the run ends with an error (e.g. a script past its time limit):
  // then write() gives the reporters their `beforeDone` itself, so the reports are still written.
  let beforeDoneSeen = false;
  events.on('beforeDone', () => {
    beforeDoneSeen = true;
  });
  const beforeDoneListeners: Array<RunListener<'beforeDone'>> = [];
  const built = loaded.map((reporter) => {
    const host = {
      exports: [] as Export[],
      get summary() {
        return runSummary();
      },
      on(event: string, listener: (this: unknown, error: unknown, payload: { summary: NewmanRunSummary }) => void) {
        // as on Newman's emitter: `this` is the host (reporters use this.summary, this.exports)
        const guarded: RunListener<'beforeDone'> = (error, payload) => {
          if (failed.has(reporter.name)) return;
          try {
            listener.call(host, error, payload);
          } catch (thrown) {
            // a reporter's bug must not end the run (nor print a stack): its file is left out and named in the summary
            failed.set(reporter.name, `reporter ${reporter.name} failed: ${redactor.redactError(thrown)}`);
          }
        };
        if (event === 'beforeDone') beforeDoneListeners.push(guarded);
        (events.on as (event: string, listener: RunListener<'beforeDone'>) => void)(event, guarded);
      },
    };
    const reporterOptions = options.reporterOptions[reporter.name] ?? {};
    const reporterHost: NewmanReporterHost = host;
    reporter.build(reporterHost, reporterOptions, { reporters: options.reporters, reporter: options.reporterOptions, folder: [] });
    return { reporter, host };
  });
  return {
    write(onError) {
      const summary = runSummary();
      if (!beforeDoneSeen && summary) {
        beforeDoneSeen = true;
        for (const listener of beforeDoneListeners) listener(null, { cursor: {} as RunEventMap['beforeDone']['cursor'], summary });
      }
      const written: string[] = [];
      for (const { reporter, host } of built) {
        if (failed.has(reporter.name)) continue;
        for (const entry of host.exports) {
          const content = typeof entry.content === 'string' ? entry.content : JSON.stringify(entry.content, null, 2);
          const file =
            typeof entry.path === 'string' && entry.path !== '' && !(reporter.name in builtIn)
              ? path.resolve(entry.path)
              : path.resolve(options.reportDir, reporter.defaultFile(options.region, entry.default));
          try {
            writeFileAtomic(file, redactor.redact(content));
            written.push(file);
          } catch (error) {
            onError(file, error);
          }
        }
      }
      return written;
    },
    failures: () => [...failed.values()],
  };
}
