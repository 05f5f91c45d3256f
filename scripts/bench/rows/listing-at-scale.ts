/** Row 3: SP campaign listing at 1 000 / 10 000 / 100 000 campaigns, pages of 100 and of the largest size. */
import { performance } from 'node:perf_hooks';
import { benchConfig, targets } from '../config.js';
import { ourCollectionCommand } from '../commands.js';
import { startBenchEmulator } from '../emulator.js';
import { markdownTable, measured, median, megabytes, ms, notMeasured, row, type Row, type Section } from '../report.js';
import { pagingSpan } from '../request-clock.js';
import { pageSizeRequest } from '../page-size.js';

import { root, benchStart, spListRoute, spListKey, log, overBudget, budgetNote, errorText, run, measuredRun, failed, type BenchRows } from '../context.js';

// ---- 3: listing at scale ------------------------------------------------------------------------

interface ScaleResult {
  campaigns: number;
  pageSize: number;
  runs: Array<{ wallMs: number; cpuMs: number; spPages: number; requests: number; perPageMs: number; peakRssBytes: number; spanMs: number }>;
  error?: string;
}

/** One measured run of our command listing `campaigns` SP campaigns in pages of `pageSize`, on a fresh emulator. */
async function listOnce(campaigns: number, pageSize: number, largest: number): Promise<ScaleResult['runs'][number]> {
  const request = pageSizeRequest(pageSize, largest);
  const emulator = await startBenchEmulator({ campaigns });
  try {
    const one = await measuredRun(emulator, ourCollectionCommand(root, emulator, request.args), benchConfig.scaleChildTimeoutMs);
    const problem = failed(one);
    if (problem) throw new Error(`our collection command failed: ${problem}`);
    const span = pagingSpan(one.seen, spListRoute);
    const spPages = one.delta.routes[spListKey] ?? 0;
    const expectedPages = Math.ceil(campaigns / pageSize);
    if (spPages !== expectedPages) {
      throw new Error(`${spPages} SP list requests where ${campaigns} campaigns in pages of ${pageSize} make ${expectedPages} (${request.how})`);
    }
    // the runner's summary line "campaigns   SP 100000, SB 3, SD 2": every campaign must be counted
    const counted = /campaigns\s+SP (\d+)/.exec(one.child.stdoutTail)?.[1];
    if (counted !== undefined && Number(counted) !== campaigns) {
      throw new Error(`the run counted ${counted} SP campaigns of ${campaigns}`);
    }
    return {
      wallMs: one.child.wallMs,
      cpuMs: one.child.cpuMs,
      spPages,
      requests: one.delta.requests,
      spanMs: span?.spanMs ?? Number.NaN,
      perPageMs: span?.perPageMs ?? Number.NaN,
      peakRssBytes: one.child.peakRssBytes,
    };
  } finally {
    await emulator.stop();
  }
}

/**
 * Every (size, page size) once first, smallest to largest, so a slow machine still measures each
 * point; then the repeat runs of the small sizes while time allows.
 */
export async function listingAtScale(largest: number): Promise<ScaleResult[]> {
  const results: ScaleResult[] = benchConfig.scaleSizes.flatMap((campaigns) =>
    [benchConfig.smallPageSize, largest].map((pageSize) => ({ campaigns, pageSize, runs: [] as ScaleResult['runs'] })),
  );
  const passes = Math.max(...benchConfig.scaleSizes.map((size) => benchConfig.scaleRuns(size)));
  for (let pass = 0; pass < passes; pass++) {
    for (const result of results) {
      if (result.error || pass >= benchConfig.scaleRuns(result.campaigns)) continue;
      if (pass > 0 && performance.now() - benchStart > benchConfig.repeatRunsUntilMs) continue;
      if (overBudget()) {
        if (result.runs.length === 0) result.error = budgetNote;
        continue;
      }
      log(`scale: ${result.campaigns} campaigns, page ${result.pageSize}, run ${pass + 1}`);
      try {
        const one = await listOnce(result.campaigns, result.pageSize, largest);
        result.runs.push(one);
        log(`scale: ${ms(one.wallMs)}, ${one.spPages} pages, ${megabytes(one.peakRssBytes)} peak RSS`);
      } catch (error) {
        result.error = errorText(error);
      }
    }
  }
  return results;
}

function medianOf(result: ScaleResult, pick: (r: ScaleResult['runs'][number]) => number): number {
  return median(result.runs.map(pick));
}

export function scaleRows(results: ScaleResult[], largest: number, mechanism: string): BenchRows {
  const rows: Row[] = [];
  const sections: Section[] = [];
  const ids = 'abcdefghijklmnop';
  results.forEach((result, index) => {
    const runs = result.runs.length;
    rows.push(
      row(
        `3${ids[index]}`,
        `Listing ${result.campaigns.toLocaleString('en-US').replace(/,/g, ' ')} SP campaigns, page ${result.pageSize}: wall time${runs > 1 ? ` (median of ${runs})` : ''}`,
        runs && !result.error ? measured(medianOf(result, (r) => r.wallMs)) : notMeasured(result.error ?? 'no run'),
        { kind: 'none', reason: 'judged in the linearity and RSS rows' },
        (wall) =>
          `${ms(wall)}; ${medianOf(result, (r) => r.spPages)} SP pages, ${medianOf(result, (r) => r.requests)} requests; ` +
          `${ms(medianOf(result, (r) => r.perPageMs))}/page; peak RSS ${megabytes(medianOf(result, (r) => r.peakRssBytes))}`,
      ),
    );
  });
  let next = results.length;
  for (const pageSize of [benchConfig.smallPageSize, largest]) {
    const bySize = results.filter((r) => r.pageSize === pageSize).sort((x, y) => x.campaigns - y.campaigns);
    const biggest = bySize.find((r) => r.campaigns === Math.max(...benchConfig.scaleSizes));
    // the smallest size whose loop has at least two pages (one page has no page-to-page interval)
    const smallest = bySize.find((r) => r !== biggest && !r.error && Number.isFinite(medianOf(r, (one) => one.perPageMs)));
    const small = smallest ? medianOf(smallest, (r) => r.perPageMs) : Number.NaN;
    const big = biggest && !biggest.error ? medianOf(biggest, (r) => r.perPageMs) : Number.NaN;
    const problem = !biggest || biggest.error || !Number.isFinite(big)
      ? biggest?.error ?? 'the largest size was not measured'
      : !smallest
        ? 'no smaller size with two or more pages was measured'
        : undefined;
    const skipped = bySize.filter((r) => r.campaigns < (smallest?.campaigns ?? 0)).map((r) => r.campaigns);
    rows.push(
      row(
        `3${ids[next++]}`,
        `Linear time, page ${pageSize}: per-page time at ${biggest?.campaigns ?? '?'} campaigns / at ${smallest?.campaigns ?? '?'}`,
        problem ? notMeasured(problem) : measured(big / small),
        { kind: 'ratioAtMost', limit: targets.linearityFactor },
        (ratio) => `${ratio.toFixed(2)} (${ms(big)} vs ${ms(small)} per page)`,
        [
          'per page = time between consecutive SP list requests at the emulator',
          skipped.length ? `${skipped.join(', ')} campaigns fit in one page, so compared with the next size` : '',
        ]
          .filter(Boolean)
          .join('; '),
      ),
    );
  }
  for (const pageSize of [benchConfig.smallPageSize, largest]) {
    // load-independent cross-check: extra CPU per extra page between consecutive sizes
    const bySize = results.filter((r) => r.pageSize === pageSize && r.runs.length > 0 && !r.error).sort((x, y) => x.campaigns - y.campaigns);
    const marginal: string[] = [];
    const perPage: number[] = [];
    for (let i = 1; i < bySize.length; i++) {
      const [a, b] = [bySize[i - 1], bySize[i]];
      const extraPages = medianOf(b, (r) => r.spPages) - medianOf(a, (r) => r.spPages);
      const cost = (medianOf(b, (r) => r.cpuMs) - medianOf(a, (r) => r.cpuMs)) / extraPages;
      perPage.push(cost);
      marginal.push(`${ms(cost)}/page from ${a.campaigns} to ${b.campaigns}`);
    }
    rows.push(
      row(
        `3${ids[next++]}`,
        `CPU per extra page, page ${pageSize} (cross-check of linearity that does not depend on machine load)`,
        perPage.length >= 2 ? measured(perPage[perPage.length - 1] / perPage[0]) : notMeasured('needs three measured sizes'),
        { kind: 'none', reason: 'reference' },
        (ratio) => `${ratio.toFixed(2)} (${marginal.join('; ')})`,
        'ratio of the last to the first; about 1 when linear',
      ),
    );
  }
  for (const pageSize of [benchConfig.smallPageSize, largest]) {
    const biggest = results.find((r) => r.pageSize === pageSize && r.campaigns === Math.max(...benchConfig.scaleSizes));
    rows.push(
      row(
        `3${ids[next++]}`,
        `Peak RSS of the runner process, ${Math.max(...benchConfig.scaleSizes)} campaigns, page ${pageSize}`,
        biggest && biggest.runs.length && !biggest.error
          ? measured(Math.max(...biggest.runs.map((r) => r.peakRssBytes)))
          : notMeasured(biggest?.error ?? 'not run'),
        { kind: 'atMost', limit: targets.peakRssBytes, unit: 'bytes', label: megabytes(targets.peakRssBytes) },
        megabytes,
      ),
    );
  }
  sections.push({
    title: 'Row 3: listing at scale, every run',
    body: [
      `Our \`collection\` command (all three folders) against a fresh emulator per size with that many SP campaigns in`,
      `the chosen profile; page size set ${mechanism}. Largest page size: ${largest}.`,
      'Per-page time is the time from the first to the last SP list request at the emulator divided by (pages - 1): one full',
      'page cycle (script, request, server, response); start-up, the other requests and shutdown are excluded.',
      '',
      markdownTable(
        ['campaigns', 'page size', 'wall', 'CPU', 'SP pages', 'requests', 'per page', 'peak RSS', 'note'],
        results.flatMap((r) =>
          r.runs.length
            ? r.runs.map((one) => [
                String(r.campaigns),
                String(r.pageSize),
                ms(one.wallMs),
                ms(one.cpuMs),
                String(one.spPages),
                String(one.requests),
                ms(one.perPageMs),
                megabytes(one.peakRssBytes),
                r.error ?? '',
              ])
            : [[String(r.campaigns), String(r.pageSize), '-', '-', '-', '-', '-', '-', r.error ?? '']],
        ),
      ),
    ].join('\n'),
  });
  return { rows, sections };
}
