/**
 * The reports one emulator builds: created by POST /reporting/reports, advanced by each status poll
 * (PENDING on the first, PROCESSING until `reportDelay` polls and `reportDelaySeconds` have passed,
 * then COMPLETED - or FAILED under the reportFail fault), downloadable through a pre-signed-like URL that expires `reportUrlTtlSeconds`
 * after completion. The same request (profile, dates, configuration) while its report is not FAILED
 * is a duplicate: Amazon answers it 425 naming the existing report.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { ResolvedOptions } from '../options.js';
import type { ReportRequest } from './report-request.js';

export type ReportStatus = 'PENDING' | 'PROCESSING' | 'COMPLETED' | 'FAILED';

export interface StoredReport {
  reportId: string;
  profileId: string;
  request: ReportRequest;
  createdAt: number;
  updatedAt: number;
  polls: number;
  status: ReportStatus;
  /** Epoch ms after which the download URL answers 403 (set on completion). */
  urlExpiresAt?: number;
  failureReason?: string;
}

export const downloadPathPrefix = '/report-files/';

export const failureReasonOfFault = 'Report generation failed due to an internal error; request the report again';

export class ReportStore {
  private readonly reports = new Map<string, StoredReport>();
  private readonly byRequest = new Map<string, string>();
  private readonly signingKey = randomBytes(32);

  constructor(private readonly options: ResolvedOptions) {}

  /** A new report, or the existing one when the same request is already built or being built. */
  create(profileId: string, request: ReportRequest): { report: StoredReport; duplicate: boolean } {
    const key = JSON.stringify([profileId, request.startDate, request.endDate, request.reportTypeId, request.groupBy, request.columns, request.timeUnit]);
    const existing = this.reports.get(this.byRequest.get(key) ?? '');
    if (existing && existing.status !== 'FAILED') return { report: existing, duplicate: true };
    const now = this.options.now();
    const report: StoredReport = { reportId: randomUUID(), profileId, request, createdAt: now, updatedAt: now, polls: 0, status: 'PENDING' };
    this.reports.set(report.reportId, report);
    this.byRequest.set(key, report.reportId);
    return { report, duplicate: false };
  }

  /** The report of this profile with this id. */
  find(reportId: string, profileId: string): StoredReport | undefined {
    const report = this.reports.get(reportId);
    return report && report.profileId === profileId ? report : undefined;
  }

  /** One status poll: moves the report along PENDING -> PROCESSING -> COMPLETED (or FAILED). */
  poll(report: StoredReport): StoredReport {
    if (report.status === 'COMPLETED' || report.status === 'FAILED') return report;
    report.polls += 1;
    const now = this.options.now();
    report.updatedAt = now;
    const ready = report.polls > this.options.reportDelay && now - report.createdAt >= this.options.reportDelaySeconds * 1000;
    if (ready) {
      if (this.options.reportFail) {
        report.status = 'FAILED';
        report.failureReason = failureReasonOfFault;
      } else {
        report.status = 'COMPLETED';
        report.urlExpiresAt = now + this.options.reportUrlTtlSeconds * 1000;
      }
    } else {
      report.status = report.polls === 1 ? 'PENDING' : 'PROCESSING';
    }
    return report;
  }

  private signature(reportId: string, expires: number): string {
    return createHmac('sha256', this.signingKey).update(`${reportId}|${expires}`).digest('hex');
  }

  /** The download URL of a COMPLETED report on `origin` (the host the status call was sent to). */
  downloadUrl(report: StoredReport, origin: string): string {
    const expires = Math.floor((report.urlExpiresAt ?? 0) / 1000);
    const query = new URLSearchParams({ 'X-Amz-Expires': String(this.options.reportUrlTtlSeconds), Expires: String(expires), Signature: this.signature(report.reportId, expires) });
    return `${origin}${downloadPathPrefix}${encodeURIComponent(report.reportId)}.json.gz?${query.toString()}`;
  }

  /** The report a download URL names, or why it may not be downloaded. */
  checkDownload(url: URL): { report: StoredReport } | { problem: 'AccessDenied' | 'ExpiredToken' | 'NoSuchKey' } {
    const match = /^([^/]+)\.json\.gz$/.exec(url.pathname.slice(downloadPathPrefix.length));
    const report = match ? this.reports.get(decodeURIComponent(match[1])) : undefined;
    if (!report || report.status !== 'COMPLETED') return { problem: 'NoSuchKey' };
    const expires = url.searchParams.get('Expires') ?? '';
    const given = Buffer.from(url.searchParams.get('Signature') ?? '');
    const wanted = Buffer.from(this.signature(report.reportId, Number(expires)));
    if (!/^\d+$/.test(expires) || given.length !== wanted.length || !timingSafeEqual(given, wanted)) return { problem: 'AccessDenied' };
    if (this.options.now() >= Number(expires) * 1000) return { problem: 'ExpiredToken' };
    return { report };
  }
}
