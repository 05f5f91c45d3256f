/**
 * The summary printed at the end of every run, in a stable format (one `key  value` line each, keys
 * never renamed), and the exit code it implies: 0 all passed, 1 a request or an assertion failed.
 */
import { regions, type RegionId } from '../catalog/regions.js';
import { explainCause, type ClassifiedFailure } from './causes.js';

export interface RunFailureEntry extends ClassifiedFailure {
  /** "Folder / Request" the failure happened in, when known. */
  item?: string;
}

export interface RunReport {
  region: RegionId;
  profile: { id?: string; country?: string; accountName?: string };
  /** Campaigns counted across all pages; undefined when that list was not run. */
  campaigns: { sp?: number; sb?: number; sd?: number };
  requests: { total: number; failed: number };
  assertions: { total: number; failed: number };
  durationMs: number;
  failures: RunFailureEntry[];
  passed: boolean;
  /** Report files written by this run. */
  reportFiles: string[];
  exportedEnvironment?: string;
}

export function exitCodeOfReport(report: Pick<RunReport, 'passed'>): 0 | 1 {
  return report.passed ? 0 : 1;
}

/** A count variable as the scripts leave it (number or numeric string); undefined when unset. */
export function countOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const count = Number(value);
  return Number.isFinite(count) ? count : undefined;
}

function orDash(value: string | number | undefined): string {
  return value === undefined || value === '' ? '-' : String(value);
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** The summary text. Already free of secrets when its inputs are (the caller redacts once more). */
export function formatSummary(report: RunReport): string {
  const { profile, campaigns } = report;
  const profileText =
    profile.id === undefined
      ? '-'
      : [profile.id, profile.country, profile.accountName === undefined ? undefined : JSON.stringify(profile.accountName)]
          .filter((part) => part !== undefined && part !== '')
          .join(' ');
  const lines: Array<[string, string]> = [
    ['region', `${report.region} (${regions[report.region].label})`],
    ['profile', profileText],
    ['campaigns', `SP ${orDash(campaigns.sp)}, SB ${orDash(campaigns.sb)}, SD ${orDash(campaigns.sd)}`],
    ['requests', `${report.requests.total}, ${report.requests.failed} failed`],
    ['assertions', `${report.assertions.total}, ${report.assertions.failed} failed`],
    ['duration', formatDuration(report.durationMs)],
    ['result', report.passed ? 'passed' : 'failed'],
  ];
  if (report.failures.length > 0) {
    lines.push(['cause', explainCause(report.failures[0], report.region)]);
    report.failures.forEach((failure, index) => {
      const where = failure.item ? `${failure.item}: ` : '';
      lines.push([index === 0 ? 'failures' : '', `${index + 1}. ${where}${failure.message.split('\n')[0]}`]);
    });
  }
  for (const file of report.reportFiles) lines.push(['report', file]);
  if (report.exportedEnvironment) lines.push(['environment', report.exportedEnvironment]);
  const width = Math.max(...lines.map(([key]) => key.length)) + 2;
  return ['Run summary', ...lines.map(([key, value]) => `  ${key.padEnd(width)}${value}`)].join('\n') + '\n';
}
