/**
 * Newman's own JUnit and JSON reporters, used as plug-ins (plugins/file-reporters.ts): each listens
 * for `beforeDone` on the host it is given and pushes its file content into the host's `exports`.
 */
declare module 'newman/lib/reporters/junit/index.js' {
  import type { NewmanReporterHost } from 'newman-reporter-host';
  const reporter: (host: NewmanReporterHost, options: object) => void;
  export default reporter;
}
declare module 'newman/lib/reporters/json/index.js' {
  import type { SummaryWritingHost } from 'newman-reporter-host';
  const reporter: (host: SummaryWritingHost, options: object) => void;
  export default reporter;
}
declare module 'newman-reporter-host' {
  import type { NewmanRunSummary } from 'newman';
  export interface NewmanReporterHost {
    /** Newman's reporters listen for `beforeDone`; an external reporter may listen for any run event. */
    on(event: string, listener: (error: unknown, payload: { summary: NewmanRunSummary }) => void): void;
    summary?: NewmanRunSummary;
    exports: Array<{ name?: string; content: unknown }>;
  }
  /** What Newman's json reporter needs of its host: it only serialises the summary, so any JSON-shaped object does. */
  export interface SummaryWritingHost {
    on(event: string, listener: (error: unknown, payload: { summary: object }) => void): void;
    exports: NewmanReporterHost['exports'];
  }
}
/** Newman's own progress bar (`-r progress`, plugins/progress-reporter.ts): listens for start, item and done. */
declare module 'newman/lib/reporters/progress.js' {
  const reporter: (
    host: { on(event: string, listener: (error: unknown, payload: { cursor: { length: number; cycles: number } }) => void): void },
    reporterOptions: { silent?: boolean },
    options: { silent?: boolean },
  ) => void;
  export default reporter;
}
