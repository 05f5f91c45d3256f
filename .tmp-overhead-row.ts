import { startBenchEmulator } from './scripts/bench/emulator.js';
import { compareWithNewman, comparisonRows } from './scripts/bench/rows/compare-with-newman.js';
import { startupReferences } from './scripts/bench/rows/startup.js';
import { resultsTable } from './scripts/bench/report.js';
const startup = await startupReferences();
const emulator = await startBenchEmulator({});
const comparison = await compareWithNewman(emulator);
await emulator.stop();
process.stdout.write(resultsTable(comparisonRows(comparison, startup).rows) + '\n');
