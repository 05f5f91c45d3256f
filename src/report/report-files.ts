/**
 * Where a downloaded report is written: `<dir>/<region>.<profileId>.<reportType>.<start>_<end>.json`
 * and `.csv`. Each part is checked first, so no value can steer the file outside `dir`.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';

export interface ReportFileParts {
  dir: string;
  region: string;
  profileId: string | number;
  reportType: string;
  startDate: string;
  endDate: string;
}

const checks: Array<[keyof ReportFileParts, RegExp, string]> = [
  ['region', /^[a-z]{2,8}$/, 'a region id such as eu'],
  ['profileId', /^\d{1,20}$/, 'a numeric profile id'],
  ['reportType', /^[A-Za-z][A-Za-z0-9]{0,63}$/, 'a report type id such as spCampaigns'],
  ['startDate', /^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'],
  ['endDate', /^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'],
];

export function reportFiles(parts: ReportFileParts): { jsonFile: string; csvFile: string } {
  for (const [key, pattern, what] of checks) {
    if (!pattern.test(String(parts[key]))) throw new UsageError(`report ${key} ${JSON.stringify(String(parts[key]))} is not ${what}`);
  }
  const base = path.resolve(parts.dir, `${parts.region}.${parts.profileId}.${parts.reportType}.${parts.startDate}_${parts.endDate}`);
  return { jsonFile: `${base}.json`, csvFile: `${base}.csv` };
}
