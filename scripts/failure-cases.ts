/**
 * `npm run docs:cases`: regenerates docs/failure-cases.md. Runs the hardening tests with
 * UPDATE_FAILURE_CASES=1 (each case records its exit code and stderr lines instead of comparing them
 * with the table), then writes the table from those records and the catalogue in test/hardening/cases.ts.
 * `npm run docs:cases -- test/hardening/a.test.ts ...` runs only those files: their cases' rows are
 * rewritten, every other row stays as the table has it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { casesDoc, casesTable, observedDir, readCasesTable, type Observed } from '../test/hardening/cases.js';

const testFiles = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

// --from-records: only write the table from the records of an earlier UPDATE_FAILURE_CASES=1 run.
if (!process.argv.includes('--from-records')) {
  fs.rmSync(observedDir, { recursive: true, force: true });
  const vitest = spawnSync('npx', ['vitest', 'run', ...(testFiles.length > 0 ? testFiles : ['test/hardening'])], {
    stdio: 'inherit',
    env: { ...process.env, UPDATE_FAILURE_CASES: '1' },
  });
  if (vitest.status !== 0) {
    console.error('error: the hardening tests failed; docs/failure-cases.md is left as it was');
    process.exit(1);
  }
}
const observed = new Map<string, Observed>();
for (const file of fs.readdirSync(observedDir)) {
  const entry = JSON.parse(fs.readFileSync(path.join(observedDir, file), 'utf8')) as Observed;
  observed.set(entry.id, entry);
}
// only some test files ran: the rows of the cases they did not run stay as they were
if (testFiles.length > 0) {
  for (const [id, row] of readCasesTable()) if (!observed.has(id)) observed.set(id, { id, exitCode: row.exitCode, lines: row.lines });
}
fs.mkdirSync(path.dirname(casesDoc), { recursive: true });
fs.writeFileSync(casesDoc, casesTable(observed));
console.log(`wrote ${path.relative(process.cwd(), casesDoc)} (${observed.size} cases)`);
