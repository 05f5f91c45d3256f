/**
 * Where a downloaded report is written: `<dir>/<region>.<profileId>.<reportType>.<start>_<end>.json`
 * and `.csv`. Each part is checked here, once, so no value can steer the file outside `dir`; the
 * dates come checked by reportRange (report-range.ts, `ReportDay`), the folder by prepareReportDir.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { ReportDay } from './report-range.js';

export interface ReportFileParts {
  dir: string;
  region: string;
  profileId: string | number;
  reportType: string;
  startDate: ReportDay;
  endDate: ReportDay;
}

const checks: Array<[keyof ReportFileParts, RegExp, string]> = [
  ['region', /^[a-z]{2,8}$/, 'a region id such as eu'],
  ['profileId', /^\d{1,20}$/, 'a numeric profile id'],
  ['reportType', /^[A-Za-z][A-Za-z0-9]{0,63}$/, 'a report type id such as spCampaigns'],
];

export function reportFiles(parts: ReportFileParts): { jsonFile: string; csvFile: string } {
  for (const [key, pattern, what] of checks) {
    if (!pattern.test(String(parts[key]))) throw new UsageError(`report ${key} ${JSON.stringify(String(parts[key]))} is not ${what}`);
  }
  const base = path.resolve(parts.dir, `${parts.region}.${parts.profileId}.${parts.reportType}.${parts.startDate}_${parts.endDate}`);
  return { jsonFile: `${base}.json`, csvFile: `${base}.csv` };
}
