/**
 * Row 1 alone (with 1b, 1c, 2, 2b, 5d, 5e, which come from the same runs): our `collection` vs plain
 * `newman run` on the same requests, interleaved, exactly as `npm run bench` measures them, without the
 * other rows (which need an idle machine for minutes). `npx tsx scripts/bench/row-1.ts` prints the rows
 * and every run to stdout with the machine's load; it does not touch bench/results.md.
 */
import { loadavg } from 'node:os';
import { clock, errorText, log, safe, secrets } from './context.js';
import { startBenchEmulator } from './emulator.js';
import { markdownTable, notMeasured, resultsTable, summaryLine } from './report.js';
import { compareWithNewman, comparisonRows } from './rows/compare-with-newman.js';

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const emulator = await startBenchEmulator({});
  try {
    for (const value of Object.values(emulator.credentials)) secrets.add(String(value));
    const comparison = await compareWithNewman(emulator);
    const skipped = notMeasured('not measured by row-1.ts');
    const { rows, sections } = comparisonRows(comparison, { nodeMs: skipped, tsxMs: skipped, helpMs: skipped });
    const shown = rows.filter((row) => !['5a', '5b', '5c'].includes(row.id));
    const load = `${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`;
    process.stdout.write(safe(`${markdownTable(['load (1 min)', 'date'], [[load, new Date().toISOString()]])}\n\n${resultsTable(shown)}\n\n`));
    for (const section of sections) process.stdout.write(safe(`## ${section.title}\n\n${section.body}\n\n`));
    process.stdout.write(`${summaryLine(shown)}\n`);
  } finally {
    await emulator.stop();
  }
}

main()
  .catch((error: unknown) => {
    log(`row 1 failed: ${errorText(error)}`);
    process.exitCode = 1;
  })
  .finally(() => clock.stop());
