/**
 * Validates a reporting v3 create-report body (POST /reporting/reports) the way Amazon does: known
 * report type for its ad product, groupBy and columns allowed for that type, time unit, GZIP_JSON
 * format, real dates within the retention window and the type's longest range. A problem is a
 * ReportRequestError, answered 400 as {code: '400', detail}.
 */
import { dailyOnlyColumns, reportTypeIds, reportTypes, retentionDays, summaryOnlyColumns, timeUnits } from './report-types.js';

export class ReportRequestError extends Error {}

export interface ReportRequest {
  name: string;
  startDate: string;
  endDate: string;
  reportTypeId: string;
  adProduct: string;
  groupBy: string[];
  columns: string[];
  timeUnit: (typeof timeUnits)[number];
  format: 'GZIP_JSON';
}

const dayMs = 86_400_000;

function dayOf(text: unknown, field: string): number {
  const ms = typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw new ReportRequestError(`${field} must be a date in the format YYYY-MM-DD, got ${JSON.stringify(text ?? null)}`);
  }
  return ms;
}

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'string')) {
    throw new ReportRequestError(`${field} must be a non-empty array of strings`);
  }
  return value as string[];
}

export function parseReportRequest(body: string, now: number): ReportRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ReportRequestError('The request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ReportRequestError('The request body must be a JSON object');
  const { name, startDate, endDate, configuration } = parsed as Record<string, unknown>;
  if (typeof configuration !== 'object' || configuration === null) throw new ReportRequestError('configuration is required');
  const config = configuration as Record<string, unknown>;

  const typeId = config.reportTypeId;
  const type = typeof typeId === 'string' ? reportTypes[typeId] : undefined;
  if (!type) {
    throw new ReportRequestError(`configuration reportTypeId ${JSON.stringify(typeId ?? null)} is not supported. Supported values: (${reportTypeIds.join(', ')})`);
  }
  if (config.adProduct !== type.adProduct) {
    throw new ReportRequestError(`configuration adProduct must be ${type.adProduct} for report type ${typeId}, got ${JSON.stringify(config.adProduct ?? null)}`);
  }
  const groupBy = stringList(config.groupBy, 'configuration groupBy');
  const badGroup = groupBy.filter((group) => !type.groupBy.includes(group));
  if (badGroup.length) {
    throw new ReportRequestError(`configuration groupBy includes invalid values: (${badGroup.join(', ')}). Allowed values: (${type.groupBy.join(', ')})`);
  }
  const timeUnit = config.timeUnit;
  if (!timeUnits.includes(timeUnit as never)) throw new ReportRequestError(`configuration timeUnit must be one of (${timeUnits.join(', ')})`);
  const columns = stringList(config.columns, 'configuration columns');
  const notForUnit = timeUnit === 'SUMMARY' ? dailyOnlyColumns : summaryOnlyColumns;
  const forGroups = [...type.columns, ...groupBy.flatMap((group) => type.groupColumns[group] ?? [])];
  const badColumns = columns.filter((column) => !forGroups.includes(column) || notForUnit.includes(column));
  if (badColumns.length) {
    const allowed = forGroups.filter((column) => !notForUnit.includes(column));
    throw new ReportRequestError(`configuration columns include invalid values: (${badColumns.join(', ')}). Allowed values: (${allowed.join(', ')})`);
  }
  if (config.format !== 'GZIP_JSON') throw new ReportRequestError('configuration format must be GZIP_JSON');

  const start = dayOf(startDate, 'startDate');
  const end = dayOf(endDate, 'endDate');
  if (start > end) throw new ReportRequestError('startDate must be on or before endDate');
  const days = (end - start) / dayMs + 1;
  if (days > type.maxDays) {
    throw new ReportRequestError(`The date range of ${days} days is over the limit of ${type.maxDays} days for report type ${typeId}`);
  }
  const today = Date.parse(new Date(now).toISOString().slice(0, 10) + 'T00:00:00Z');
  if (start < today - retentionDays * dayMs) {
    throw new ReportRequestError(`startDate ${startDate as string} is older than the ${retentionDays} days of data the API keeps`);
  }
  return {
    name: typeof name === 'string' ? name : '',
    startDate: startDate as string,
    endDate: endDate as string,
    reportTypeId: typeId as string,
    adProduct: type.adProduct,
    groupBy,
    columns,
    timeUnit: timeUnit as ReportRequest['timeUnit'],
    format: 'GZIP_JSON',
  };
}
