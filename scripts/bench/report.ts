/**
 * The bench's verdicts and tables: turns measured numbers and their targets into rows marked
 * pass / MISS, and renders them as markdown. Pure functions only (no timing, no I/O), so
 * test/bench/report.test.ts can check on canned numbers that a miss is always printed as a miss.
 */

/** What a row must achieve. `none` rows are reference measurements and say so. */
export type Target =
  | { kind: 'atMost'; limit: number; unit: string; label?: string }
  | { kind: 'exactly'; expected: number; unit?: string }
  | { kind: 'ratioAtMost'; limit: number }
  | { kind: 'none'; reason: string };

export type Verdict = 'pass' | 'MISS' | 'info';

export interface Row {
  /** Row number of the issue (1..5) plus a sub-letter, e.g. '3b'. */
  id: string;
  measure: string;
  /** Human-readable measured value; 'not measured' when the measurement failed. */
  value: string;
  target: string;
  verdict: Verdict;
  notes: string;
}

/** A measurement: a number, or the reason it could not be taken. */
export type Measured = { value: number } | { error: string };

export function measured(value: number): Measured {
  return { value };
}

export function notMeasured(error: string): Measured {
  return { error };
}

export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'atMost':
      return target.label ? `<= ${target.label}` : `<= ${formatNumber(target.limit)} ${target.unit}`.trim();
    case 'exactly':
      return `exactly ${formatNumber(target.expected)}${target.unit ? ` ${target.unit}` : ''}`;
    case 'ratioAtMost':
      return `ratio <= ${target.limit.toFixed(2)}`;
    case 'none':
      return `none (${target.reason})`;
  }
}

/**
 * Judges a measurement against its target. A measurement that could not be taken, or is not a
 * finite number, is a MISS: a broken bench must never read as a pass.
 */
export function judge(result: Measured, target: Target): Verdict {
  if ('error' in result || !Number.isFinite(result.value)) {
    return 'MISS';
  }
  const value = result.value;
  switch (target.kind) {
    case 'atMost':
    case 'ratioAtMost':
      return value <= target.limit ? 'pass' : 'MISS';
    case 'exactly':
      return value === target.expected ? 'pass' : 'MISS';
    case 'none':
      return 'info';
  }
}

/** Builds one row; `show` formats the number for the Value column. */
export function row(
  id: string,
  measure: string,
  result: Measured,
  target: Target,
  show: (value: number) => string,
  notes = '',
): Row {
  const verdict = judge(result, target);
  const value = 'error' in result ? 'not measured' : show(result.value);
  const why = 'error' in result ? `not measured: ${result.error}` : '';
  return {
    id,
    measure,
    value,
    target: describeTarget(target),
    verdict,
    notes: [why, notes].filter(Boolean).join('; '),
  };
}

/** Escapes a value for a markdown table cell (pipes and line breaks would break the row). */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function markdownTable(headers: string[], rows: string[][]): string {
  const lines = [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** The verdict as printed: a miss is shouted so it can't be overlooked. */
export function showVerdict(verdict: Verdict): string {
  switch (verdict) {
    case 'pass':
      return 'pass';
    case 'MISS':
      return '**MISS**';
    case 'info':
      return 'info';
  }
}

export function resultsTable(rows: Row[]): string {
  return markdownTable(
    ['#', 'Measure', 'Value', 'Target', 'Result', 'Notes'],
    rows.map((r) => [r.id, r.measure, r.value, r.target, showVerdict(r.verdict), r.notes]),
  );
}

export function countMisses(rows: Row[]): number {
  return rows.filter((r) => r.verdict === 'MISS').length;
}

export function summaryLine(rows: Row[]): string {
  const misses = rows.filter((r) => r.verdict === 'MISS');
  const passes = rows.filter((r) => r.verdict === 'pass').length;
  if (misses.length === 0) return `All ${passes} targets met.`;
  return `${misses.length} target(s) MISSED (${misses.map((r) => r.id).join(', ')}); ${passes} met.`;
}

// ---- numbers ------------------------------------------------------------------------------------

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US').replace(/,/g, ' ');
  return String(Math.round(value * 1000) / 1000);
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  return `${value.toFixed(1)} ms`;
}

export function megabytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function kilobytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

// ---- the results file ---------------------------------------------------------------------------

export interface Machine {
  node: string;
  cores: number;
  cpu: string;
  platform: string;
  date: string;
  commit: string;
  benchSeconds: number;
  /** 1-minute load average at the start and the end of the bench (timings depend on it). */
  load: string;
}

export interface Section {
  title: string;
  body: string;
}

export function resultsMarkdown(machine: Machine, rows: Row[], sections: Section[]): string {
  const header = [
    '# Benchmark results',
    '',
    'Generated by `npm run bench` (scripts/bench.ts); do not edit by hand. Every row below was measured',
    'in the same run. A missed target is printed as **MISS**, never hidden or loosened.',
    '',
    markdownTable(
      ['Node', 'Cores', 'CPU', 'Platform', 'Load (1 min)', 'Date', 'Commit', 'Bench took'],
      [[machine.node, String(machine.cores), machine.cpu, machine.platform, machine.load, machine.date, machine.commit, `${machine.benchSeconds.toFixed(0)} s`]],
    ),
    '',
    '## Summary',
    '',
    summaryLine(rows),
    '',
    resultsTable(rows),
  ];
  const details = sections.flatMap((section) => ['', `## ${section.title}`, '', section.body]);
  return [...header, ...details, ''].join('\n');
}
