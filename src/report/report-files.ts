/**
 * Where a downloaded report is written: `<dir>/<region>.<profileId>.<reportType>.<start>_<end>.json`
 * and `.csv`. Each part is checked once, so no value can steer the file outside `dir`: the region by
 * its parser (`RegionId`, core/regions.ts), the report type by its option (`ReportTypeId`), the days
 * by reportRange (`ReportDay`, report-range.ts), the folder by the run's pre-flight; the profile id,
 * which comes from the run's environment, here.
 */
import path from 'node:path';
import type { ReportTypeId } from '../config/options.js';
import type { RegionId } from '../core/regions.js';
import { UsageError } from '../errors.js';
import type { ReportDay } from './report-range.js';

export interface ReportFileParts {
  dir: string;
  region: RegionId;
  profileId: string | number;
  reportType: ReportTypeId;
  startDate: ReportDay;
  endDate: ReportDay;
}

export function reportFiles(parts: ReportFileParts): { jsonFile: string; csvFile: string } {
  if (!/^\d{1,20}$/.test(String(parts.profileId))) throw new UsageError(`report profileId ${JSON.stringify(String(parts.profileId))} is not a numeric profile id`);
  const base = path.resolve(parts.dir, `${parts.region}.${parts.profileId}.${parts.reportType}.${parts.startDate}_${parts.endDate}`);
  return { jsonFile: `${base}.json`, csvFile: `${base}.csv` };
}
