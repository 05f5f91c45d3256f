/** The state one running emulator shares between its routes. */
import type { ResolvedOptions } from './options.js';
import type { GrantStore } from './lwa/grant-store.js';
import type { AdsAccount } from './ads/account.js';
import type { ReportStore } from './reporting/report-store.js';

/** A report file download (reporting/report-download.ts records it), kept for tests. */
export interface DownloadRecord {
  path: string;
  /** Request header names, lower case, with their values. */
  headers: Record<string, string | string[] | undefined>;
  status: number;
}

export interface EmulatorStats {
  /** All requests. */
  requests: number;
  /** Requests per route, keyed 'METHOD /path' (the route's pattern; the raw path for unknown routes). */
  routes: Record<string, number>;
  /** Successful token grants per grant type, and every token request that failed. */
  grants: { refresh_token: number; authorization_code: number; failed: number };
}

export interface EmulatorContext {
  options: ResolvedOptions;
  stats: EmulatorStats;
  grants: GrantStore;
  account: AdsAccount;
  /** Reporting v3 reports built by this emulator. */
  reports: ReportStore;
  /** Report file downloads with their request headers (the newest last). */
  downloads: DownloadRecord[];
  /** Ads API calls seen so far (drives the throttle and server-error faults). */
  adsCalls: number;
}
