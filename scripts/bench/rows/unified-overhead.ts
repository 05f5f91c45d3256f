/** Row 6: the Unified API smoke run (`--api unified`) vs plain `newman run` on the same three requests, interleaved. */
import { targets } from '../config.js';
import { newmanRunCommand, ourCollectionCommand, unifiedRequests } from '../commands.js';
import { grantsIn, type Emulator } from '../emulator.js';
import { measured, median, ms, notMeasured, row } from '../report.js';
import { root, type BenchRows } from '../context.js';
import { compareWithNewman } from './compare-with-newman.js';

export async function unifiedOverheadRows(emulator: Emulator): Promise<BenchRows> {
  const comparison = await compareWithNewman(emulator, {
    ours: ourCollectionCommand(root, emulator, ['--api', 'unified']),
    newman: newmanRunCommand(root, emulator, undefined, unifiedRequests),
  });
  const enough = comparison.ours.length >= 5 && comparison.newman.length >= 5;
  const why = comparison.error ?? (enough ? undefined : 'fewer than 5 runs of each');
  const oursMedian = median(comparison.ours.map((r) => r.child.wallMs));
  const newmanMedian = median(comparison.newman.map((r) => r.child.wallMs));
  const grants = comparison.ours.map((r) => grantsIn(r.delta));
  return {
    rows: [
      row(
        '6',
        `Overhead of the Unified API smoke run: our \`collection --api unified\` vs \`newman run\` on the same 3 requests (all pages), median of ${comparison.ours.length} interleaved runs each`,
        why ? notMeasured(why) : measured(oursMedian / newmanMedian),
        { kind: 'ratioAtMost', limit: targets.overheadRatio },
        (ratio) => `${ratio.toFixed(2)} (ours ${ms(oursMedian)} / newman ${ms(newmanMedian)})`,
      ),
      row(
        '6b',
        'Token grants per run of `collection --api unified` (emulator stats)',
        grants.length === 0 ? notMeasured(comparison.error ?? 'no runs') : measured(Math.max(...grants)),
        { kind: 'exactly', expected: targets.grantsPerRun },
        (value) => `${value} (max of ${grants.length} runs)`,
      ),
    ],
    sections: [],
  };
}
