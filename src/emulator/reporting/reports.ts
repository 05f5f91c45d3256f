/**
 * Reporting v3 routes: POST /reporting/reports (create) and GET /reporting/reports/{reportId}
 * (status). Errors use the reporting API's shape {code: '<status>', detail}; a duplicate request is
 * answered 425 with the existing report id in `detail`.
 */
import type { ServerResponse } from 'node:http';
import { mediaTypes } from '../../catalog/media-types.js';
import { header, mediaTypeOf, sendJson } from '../http.js';
import type { AdsCall } from '../ads/call.js';
import { parseReportRequest, ReportRequestError } from './report-request.js';
import type { StoredReport } from './report-store.js';

export const createReportResponseType = mediaTypes.createAsyncReportResponse;
export const getReportResponseType = mediaTypes.getAsyncReportResponse;

function sendReportingError(response: ServerResponse, status: number, detail: string): void {
  sendJson(response, status, { code: String(status), detail });
}

function iso(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}

/** A report as the API shows it; `url` only once COMPLETED. */
function reportBody(report: StoredReport, url: string | null): Record<string, unknown> {
  const { request } = report;
  const done = report.status === 'COMPLETED' || report.status === 'FAILED';
  return {
    reportId: report.reportId,
    name: request.name,
    status: report.status,
    startDate: request.startDate,
    endDate: request.endDate,
    configuration: {
      adProduct: request.adProduct,
      groupBy: request.groupBy,
      columns: request.columns,
      reportTypeId: request.reportTypeId,
      timeUnit: request.timeUnit,
      format: request.format,
      filters: null,
    },
    createdAt: iso(report.createdAt),
    updatedAt: iso(report.updatedAt),
    generatedAt: done ? iso(report.updatedAt) : null,
    url,
    urlExpiresAt: url ? iso(report.urlExpiresAt) : null,
    fileSize: null,
    failureReason: report.failureReason ?? null,
  };
}

export function createReport(call: AdsCall): void {
  const { context, request, response, body, profile } = call;
  if (mediaTypeOf(header(request, 'content-type')) !== mediaTypes.asyncReportRequest) {
    sendReportingError(response, 415, `Content-Type must be ${mediaTypes.asyncReportRequest}`);
    return;
  }
  let parsed;
  try {
    parsed = parseReportRequest(body, context.options.now());
  } catch (error) {
    if (error instanceof ReportRequestError) {
      sendReportingError(response, 400, error.message);
      return;
    }
    throw error;
  }
  const { report, duplicate } = context.reports.create(profile.profileId, parsed);
  if (duplicate) {
    sendReportingError(response, 425, `The Request is a duplicate of : ${report.reportId}`);
    return;
  }
  sendJson(response, 200, reportBody(report, null), createReportResponseType);
}

export function getReport(call: AdsCall): void {
  const { context, request, response, params, profile } = call;
  const found = context.reports.find(params.reportId, profile.profileId);
  if (!found) {
    sendReportingError(response, 404, `Report ${params.reportId} was not found for this profile`);
    return;
  }
  const report = context.reports.poll(found);
  const origin = `http://${header(request, 'host') ?? '127.0.0.1'}`;
  const url = report.status === 'COMPLETED' ? context.reports.downloadUrl(report, origin) : null;
  sendJson(response, 200, reportBody(report, url), getReportResponseType);
}
