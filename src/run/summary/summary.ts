/**
 * Results flow one way: the run's events -> `RunReport` (built here once the run is done, from
 * Newman's summary and the run state) -> the printed summary (stable format: one `key  value` line
 * each, keys never renamed), the failure line and the exit code (0 all passed, 1 a request or an
 * assertion failed). Nothing is read back from printed text.
 */
import type { NewmanRunSummary } from 'newman';
import { regions, type RegionId } from '../../core/regions.js';
import { classifyFailure, explainCause, type ClassifiedFailure } from '../causes.js';
import { fullNameOf } from '../selection/folders.js';
import type { RunState } from '../run-state.js';
import { formatProfileTable, profileCampaignTotals, profileCountsText, withFailedProfiles, type ProfileResults } from '../profiles/profile-table.js';
import { shownName } from '../shown-name.js';

export interface RunFailureEntry extends ClassifiedFailure {
  /** "Folder / Request" the failure happened in, when known. */
  item?: string;
}

export interface RunReport {
  region: RegionId;
  profile: { id?: string; country?: string; accountName?: string };
  /** --api unified: the advertiser account chosen, and the campaigns counted per adProduct (undefined otherwise). */
  unified?: { account: { id?: string; name?: string; country?: string }; campaignsByProduct?: Record<string, number>; campaignTotal?: number };
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
  /** --folder reports: the performance report downloaded (rows, JSON and CSV file). */
  downloadedReport?: { rows: number; jsonFile: string; csvFile: string };
  /** A run over several profiles (--all-profiles, repeated --profile-id / --country): one row per profile. */
  profiles?: ProfileResults;
}

export function exitCodeOfReport(report: Pick<RunReport, 'passed'>): 0 | 1 {
  return report.passed ? 0 : 1;
}

/** The line a failed run ends with (its first failure's cause); undefined for a passed run. */
export function failureLineOf(report: RunReport): string | undefined {
  if (report.passed) return undefined;
  const line = report.failures.length > 0 ? explainCause(report.failures[0], report.region) : 'the run failed: see the summary above';
  return report.profiles ? withFailedProfiles(line, report.profiles) : line;
}

/** What Newman handed back when the run ended: its summary (absent when it could not start) and its error. */
export interface NewmanOutcome {
  summary?: NewmanRunSummary;
  error?: unknown;
}

/** Newman's failure at: 'request', 'test-script', 'prerequest-script', or an assertion. */
function kindOf(at: string | undefined): 'request' | 'script' | 'assertion' {
  if (at === 'request') return 'request';
  return at?.includes('script') ? 'script' : 'assertion';
}

function failuresOf(state: RunState, newman: NewmanOutcome): RunFailureEntry[] {
  const { redactor } = state;
  // a request a plug-in ended or judged (a deadline, a redirect, a body too large) is listed once, by the
  // plug-in, which says more: Newman's own failure for the same item (known by its id; Newman may name the
  // request without its folders) is left out when it is the request's error or has the same cause
  const detectedFor = (id: string | undefined, name: string | undefined) =>
    state.detectedFailures.filter((detected) => (detected.itemId !== undefined && id !== undefined ? detected.itemId === id : detected.item === name));
  const failures: RunFailureEntry[] = (newman.summary?.run.failures ?? []).flatMap((failure) => {
    const kind = kindOf(failure.at);
    const ref = 'ref' in failure.cursor ? failure.cursor.ref : undefined;
    const requestError = kind === 'request' && ref !== undefined ? state.requestErrors.get(ref) : undefined;
    // a request error's source is the runtime's copy of the item, without its folders: named where the run was
    const item = requestError?.item ?? fullNameOf(failure.source);
    const detected = detectedFor(failure.source?.id, item);
    if (kind === 'request' && detected.length > 0) return [];
    const error: { message?: unknown; code?: unknown } | undefined = failure.error;
    const message = redactor.redact(typeof error?.message === 'string' ? error.message : String(failure.error));
    const code = typeof error?.code === 'string' ? error.code : requestError?.code;
    const url = requestError?.url ?? failure.source?.request?.url?.toString();
    const entry = { ...classifyFailure({ message, code, url, kind }), item };
    return detected.some((known) => known.cause === entry.cause) ? [] : [entry];
  });
  const listed = [...state.detectedFailures.map(({ itemId: _itemId, ...failure }): RunFailureEntry => failure), ...failures];
  if (newman.error) {
    // Newman gives the run's error (a script stopped at --timeout-script) no item: it happened where the run was
    const { item, script } = state.position;
    const failure = classifyFailure({ message: redactor.redactError(newman.error), kind: 'script' });
    const where = failure.cause === 'script_timeout' && item && script ? `stopped in the ${script === 'test' ? 'test' : 'pre-request'} script of "${shownName(item)}"` : undefined;
    listed.push({ ...failure, ...(where ? { detail: where } : {}), ...(item ? { item } : {}) });
  }
  return listed;
}

/** What a plug-in's `after` step adds to the run's result (plugins/plugin.ts); failures in the order the steps ran. */
export type RunAddition = Partial<Pick<RunReport, 'reportFiles' | 'exportedEnvironment' | 'downloadedReport' | 'profiles'>> & {
  failures?: RunFailureEntry[];
};

/** The structured result of a run: Newman's outcome, the run state and what the `after` steps added. */
export function reportOf(state: RunState, newman: NewmanOutcome, additions: readonly RunAddition[] = []): RunReport {
  const { options } = state;
  const stats = newman.summary?.run.stats;
  const environment = newman.summary?.environment;
  const read = (key: string): string | undefined => {
    const value: unknown = environment?.get(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  const counted = (key: string) => (options.folders.includes('campaigns') ? countOf(environment?.get(key)) : undefined);
  const written: Omit<RunAddition, 'failures'> & { reportFiles: string[] } = { reportFiles: [], exportedEnvironment: undefined, downloadedReport: undefined, profiles: undefined };
  for (const { failures: _failures, ...addition } of additions) {
    for (const [key, value] of Object.entries(addition)) if (value !== undefined) Object.assign(written, { [key]: value });
  }
  const failures = [...failuresOf(state, newman), ...additions.flatMap((addition) => addition.failures ?? [])];
  const unified =
    options.api === 'unified'
      ? {
          account: { id: read('accountId'), name: read('account_name'), country: read('account_country_code') },
          campaignsByProduct: productCountsOf(environment?.get('unified_campaign_counts')),
          campaignTotal: countOf(environment?.get('unified_campaign_count')),
        }
      : undefined;
  const started = newman.summary?.run.timings.started ?? Date.now();
  const completed = newman.summary?.run.timings.completed ?? Date.now();
  return {
    region: options.region,
    profile: { id: read('profileId'), country: read('profile_country_code'), accountName: read('profile_account_name') },
    campaigns: { sp: counted('sp_campaign_count'), sb: counted('sb_campaign_count'), sd: counted('sd_campaign_count') },
    ...(unified ? { unified } : {}),
    requests: { total: stats?.requests.total ?? 0, failed: stats?.requests.failed ?? 0 },
    assertions: { total: stats?.assertions.total ?? 0, failed: stats?.assertions.failed ?? 0 },
    durationMs: Math.max(0, completed - started),
    failures,
    passed: failures.length === 0,
    ...written,
  };
}

/** A count variable as the scripts leave it (number or numeric string); undefined when unset. */
export function countOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const count = Number(value);
  return Number.isFinite(count) ? count : undefined;
}

/** unified_campaign_counts as the scripts leave it (JSON object adProduct -> count); undefined when unset or not that. */
export function productCountsOf(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    const counts: Record<string, number> = {};
    for (const [product, count] of Object.entries(parsed)) if (countOf(count) !== undefined) counts[product] = countOf(count)!;
    return counts;
  } catch {
    return undefined;
  }
}

/** "SPONSORED_BRANDS 3, SPONSORED_PRODUCTS 5 (total 8)", products sorted; "-" when the query did not count. */
function unifiedCampaignsText(unified: NonNullable<RunReport['unified']>): string {
  const products = Object.entries(unified.campaignsByProduct ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (unified.campaignTotal === undefined && products.length === 0) return '-';
  const byProduct = products.map(([product, count]) => `${product} ${count}`).join(', ');
  return `${byProduct === '' ? 'none' : byProduct} (total ${orDash(unified.campaignTotal)})`;
}

function accountText(account: NonNullable<RunReport['unified']>['account']): string {
  if (account.id === undefined) return '-';
  return [account.id, account.country, account.name === undefined ? undefined : JSON.stringify(shownName(account.name))].filter((part) => part !== undefined).join(' ');
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
      : [profile.id, profile.country, profile.accountName === undefined ? undefined : JSON.stringify(shownName(profile.accountName))]
          .filter((part) => part !== undefined && part !== '')
          .join(' ');
  const lines: Array<[string, string]> = [
    ['region', `${report.region} (${regions[report.region].label})`],
    ...(report.unified
      ? ([
          ['account', accountText(report.unified.account)],
          ['campaigns', unifiedCampaignsText(report.unified)],
        ] as Array<[string, string]>)
      : ([
          ['profile', profileText],
          ['campaigns', `SP ${orDash(campaigns.sp)}, SB ${orDash(campaigns.sb)}, SD ${orDash(campaigns.sd)}`],
        ] as Array<[string, string]>)),
    ['requests', `${report.requests.total}, ${report.requests.failed} failed`],
    ['assertions', `${report.assertions.total}, ${report.assertions.failed} failed`],
    ['duration', formatDuration(report.durationMs)],
    ['result', report.passed ? 'passed' : 'failed'],
  ];
  const profileLine = lines.findIndex(([key]) => key === 'profile');
  if (report.profiles && profileLine !== -1) {
    // several profiles: how many passed and the campaigns of all of them instead of the one profile's (the table comes first)
    lines.splice(profileLine, 2, ['profiles', profileCountsText(report.profiles)], ['campaigns', `${profileCampaignTotals(report.profiles)} (all profiles)`]);
  }
  if (report.failures.length > 0) {
    lines.push(['cause', explainCause(report.failures[0], report.region)]);
    report.failures.forEach((failure, index) => {
      const where = failure.item ? `${shownName(failure.item)}: ` : '';
      lines.push([index === 0 ? 'failures' : '', `${index + 1}. ${where}${failure.message.split('\n')[0]}`]);
    });
  }
  for (const file of report.reportFiles) lines.push(['report', file]);
  const downloaded = report.downloadedReport;
  if (downloaded) for (const file of [downloaded.jsonFile, downloaded.csvFile]) lines.push(['report', `${downloaded.rows} rows → ${file}`]);
  if (report.exportedEnvironment) lines.push(['environment', report.exportedEnvironment]);
  const width = Math.max(...lines.map(([key]) => key.length)) + 2;
  const summary = ['Run summary', ...lines.map(([key, value]) => `  ${key.padEnd(width)}${value}`)].join('\n') + '\n';
  return report.profiles ? `${formatProfileTable(report.profiles)}\n${summary}` : summary;
}
