/** Row 4: building the full catalog in-process and with `npm run build`. */
import { benchConfig, targets } from '../config.js';
import { launcher } from '../commands.js';
import { measured, median, kilobytes, ms, notMeasured, row, type Row, type Section } from '../report.js';
import { measureBuild } from '../build.js';

import { root, log, errorText, run, type BenchRows } from '../context.js';

// ---- 4: build ------------------------------------------------------------------------------------

export async function buildRows(): Promise<BenchRows> {
  const rows: Row[] = [];
  const sections: Section[] = [];
  log('build: in-process builds and `npm run build` in a scratch copy');
  const result = await measureBuild(root, benchConfig.buildRunsInProcess, benchConfig.buildRunsCommand).catch(
    (error: unknown) => ({ error: errorText(error) }),
  );
  if ('error' in result) {
    for (const [id, what] of [
      ['4a', 'Build the full catalog in-process'],
      ['4b', '`npm run build` wall time'],
      ['4c', 'Build output size'],
    ] as const) {
      rows.push(row(id, what, notMeasured(result.error), id === '4c' ? { kind: 'none', reason: 'reference' } : { kind: 'atMost', limit: targets.buildMs, unit: 'ms' }, ms));
    }
    return { rows, sections };
  }
  rows.push(
    row(
      '4a',
      `Build the full catalog in-process: catalog -> collection + 3 environments (median of ${result.inProcessMs.length}, module load excluded)`,
      measured(median(result.inProcessMs)),
      { kind: 'atMost', limit: targets.buildMs, unit: 'ms' },
      ms,
      `${result.requests} requests; ${result.what}`,
    ),
    row(
      '4b',
      `\`npm run build\` wall time (median of ${result.commandMs.length}, in a scratch copy of the project)`,
      result.commandError ? notMeasured(result.commandError) : measured(median(result.commandMs)),
      { kind: 'atMost', limit: targets.buildMs, unit: 'ms' },
      ms,
      [
        'includes npm\'s and Node\'s start-up; src/ already compiled by the launcher',
        result.npmMs.length ? `\`npm --version\` alone: ${ms(median(result.npmMs))} (median of ${result.npmMs.length})` : '',
      ]
        .filter(Boolean)
        .join('; '),
    ),
    row('4c', 'Build output size: collection + 3 environments', measured(result.outputBytes), { kind: 'none', reason: 'reference' }, kilobytes, result.files.join(', ')),
  );
  return { rows, sections };
}
