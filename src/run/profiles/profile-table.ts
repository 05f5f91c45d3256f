/**
 * The result of a run over several profiles, as a table: one row per profile (id, country, name,
 * SP / SB / SD campaigns, result) and a total row; and the failed profiles named in the run's
 * failure line. The rows come from the profile-results plug-in.
 */
import type { CauseId } from '../../core/causes/table.js';

export interface ProfileRow {
  id: string;
  country?: string;
  /** Cut to 40 characters. */
  name?: string;
  /** Campaigns counted; undefined when that list did not run (or did not answer) for this profile. */
  sp?: number;
  sb?: number;
  sd?: number;
  /** Failed requests, assertions and scripts while this profile was in scope. */
  failures: number;
  /** The cause of its first failure. */
  cause?: CauseId;
}

export interface ProfileResults {
  rows: ProfileRow[];
  /** Profiles the Profiles step chose (rows may be fewer when the run stopped early). */
  chosen: number;
  /** Ids the Profiles answer listed more than once (each chosen and run once). */
  duplicates?: string[];
}

/** At most this many profiles are named in the failure line. */
const NAMED_AT_MOST = 20;

const resultOf = (row: ProfileRow) => (row.failures === 0 ? 'passed' : `failed (${row.cause ?? 'see failures'})`);
const orDash = (value: string | number | undefined) => (value === undefined || value === '' ? '-' : String(value));
const sum = (rows: ProfileRow[], key: 'sp' | 'sb' | 'sd') =>
  rows.some((row) => row[key] !== undefined) ? rows.reduce((total, row) => total + (row[key] ?? 0), 0) : undefined;

export function failedProfiles(results: ProfileResults): ProfileRow[] {
  return results.rows.filter((row) => row.failures > 0);
}

/** "20 profiles: 19 passed, 1 failed" (and how many were not reached when the run stopped early). */
export function profileCountsText(results: ProfileResults): string {
  const failed = failedProfiles(results).length;
  const notRun = results.chosen - results.rows.length;
  const duplicates = results.duplicates ?? [];
  const listedTwice = duplicates.length > 0 ? `; listed more than once in the profile list, run once: ${duplicates.slice(0, NAMED_AT_MOST).join(', ')}${duplicates.length > NAMED_AT_MOST ? `, and ${duplicates.length - NAMED_AT_MOST} more` : ''}` : '';
  return `${results.chosen} profile${results.chosen === 1 ? '' : 's'}: ${results.rows.length - failed} passed, ${failed} failed${notRun > 0 ? `, ${notRun} not run (the run stopped)` : ''}${listedTwice}`;
}

/** SP / SB / SD over every profile: "SP 95, SB 57, SD 38". */
export function profileCampaignTotals(results: ProfileResults): string {
  return `SP ${orDash(sum(results.rows, 'sp'))}, SB ${orDash(sum(results.rows, 'sb'))}, SD ${orDash(sum(results.rows, 'sd'))}`;
}

/** The table, columns padded; numbers right-aligned. */
export function formatProfileTable(results: ProfileResults): string {
  const header = ['profile', 'country', 'name', 'SP', 'SB', 'SD', 'result'];
  const body = results.rows.map((row) => [row.id, orDash(row.country), orDash(row.name), orDash(row.sp), orDash(row.sb), orDash(row.sd), resultOf(row)]);
  const total = [`total (${results.rows.length})`, '', '', orDash(sum(results.rows, 'sp')), orDash(sum(results.rows, 'sb')), orDash(sum(results.rows, 'sd')), profileCountsText(results)];
  const all = [header, ...body, total];
  const widths = header.map((_, column) => Math.max(...all.map((cells) => cells[column].length)));
  const numeric = new Set([3, 4, 5]);
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ')}`.trimEnd();
  return ['Profiles', ...all.map(line)].join('\n') + '\n';
}

/** The run's failure line with the failed profiles named: `<cause line>; failed profiles: 12 (US), 34 (CA)`. */
export function withFailedProfiles(line: string, results: ProfileResults): string {
  const failed = failedProfiles(results);
  if (failed.length === 0) return line;
  const named = failed.slice(0, NAMED_AT_MOST).map((row) => (row.country ? `${row.id} (${row.country})` : row.id));
  const more = failed.length > NAMED_AT_MOST ? `, and ${failed.length - NAMED_AT_MOST} more` : '';
  return `${line}; failed profile${failed.length === 1 ? '' : 's'}: ${named.join(', ')}${more}`;
}

