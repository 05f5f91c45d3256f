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
import path from 'node:path';
import type { NewmanRunSummary } from 'newman';
import type { NewmanReporterHost } from 'newman-reporter-host';
import { writeFileAtomic } from '../../files/write-file-atomic.js';
import type { RunEventMap, RunEvents, RunListener } from '../newman/newman-events.js';
import { checkOutputFiles } from '../output/check-output-files.js';
import { outputFailureOf } from '../output/output-failure.js';
import type { RunState } from '../run-state.js';
import type { RunFailureEntry } from '../summary/summary.js';
import { loadFileReporters, type FileReporter } from './load-reporters.js';
import type { RunPlugin } from './plugin.js';

export { loadFileReporters, type FileReporter } from './load-reporters.js';

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
function fileReporters(events: RunEvents, state: RunState, loaded: readonly FileReporter[], runSummary: () => NewmanRunSummary | undefined): FileReports {
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
            typeof entry.path === 'string' && entry.path !== '' && !reporter.builtIn
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

/**
 * Prepared first of the plug-ins that write: the reporters are loaded (an unknown one is a UsageError)
 * and every file the run will write is checked (output/check-output-files.ts) before the first request.
 */
export const fileReportersPlugin: RunPlugin = {
  name: 'file reporters',
  prepare: (options) => {
    const loaded = loadFileReporters(options.reporters);
    checkOutputFiles(options, loaded);
    let reports: FileReports | undefined;
    return {
      attach: ({ events, state, liveSummary }) => {
        reports = fileReporters(events, state, loaded, liveSummary);
      },
      after: ({ output }) => {
        const failures: RunFailureEntry[] = [];
        const reportFiles = reports?.write((file, error) => failures.push(outputFailureOf(file, error))) ?? [];
        for (const failure of reports?.failures() ?? []) output.write(`warning: ${failure}\n`);
        return { reportFiles, failures };
      },
    };
  },
};
