/**
 * THE table of the run's plug-ins, in order (plugin.ts: prepare / attach / after). run-collection.ts
 * prepares each before the first request, attaches them in this order and runs their `after` steps in
 * this order once Newman is done. Order matters:
 * - the run deadline first: its `after` clears its timer as soon as Newman is done (the report
 *   download later gets the time left);
 * - then the secrets learner, so every later plug-in prints with the secrets already known (and
 *   after the run, the final environment's secrets are learnt before anything is written);
 * - then the position, so every later plug-in knows which request an event belongs to;
 * - failures are listed as the `after` steps add them: the report download's, then the report
 *   files', then the exported environment's;
 * - the printing plug-ins last (the profile announcements before the CLI lines of the same event).
 */
import { profileResultsPlugin } from '../profiles/profile-results.js';
import { bodyReleasePlugin } from './body-release.js';
import { cliReporterPlugin } from './cli-reporter.js';
import { exportEnvironmentPlugin } from './export-environment.js';
import { fileReportersPlugin } from './file-reporters.js';
import { pagingProgressPlugin } from './paging-progress.js';
import type { RunPlugin } from './plugin.js';
import { positionPlugin } from './position.js';
import { redirectGuardPlugin } from './redirect-guard.js';
import { reportDownloadPlugin } from './report-download.js';
import { requestDeadlinePlugin } from './request-deadline.js';
import { requestLogPlugin } from './request-log.js';
import { responseSizeGuardPlugin } from './response-size-guard.js';
import { retryWaitPlugin } from './retry-wait.js';
import { runDeadlinePlugin } from './run-deadline.js';
import { secretsLearnerPlugin } from './secrets-learner.js';
import { stopPolicyPlugin } from './stop-policy.js';

export const runPlugins: readonly RunPlugin[] = [
  runDeadlinePlugin,
  secretsLearnerPlugin,
  positionPlugin,
  requestLogPlugin,
  stopPolicyPlugin,
  redirectGuardPlugin,
  responseSizeGuardPlugin,
  requestDeadlinePlugin,
  bodyReleasePlugin,
  reportDownloadPlugin,
  fileReportersPlugin,
  exportEnvironmentPlugin,
  profileResultsPlugin,
  cliReporterPlugin,
  pagingProgressPlugin,
  retryWaitPlugin,
];
