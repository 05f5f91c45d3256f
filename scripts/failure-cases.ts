/**
 * `npm run docs:cases`: regenerates docs/failure-cases.md. Runs the hardening tests with
 * UPDATE_FAILURE_CASES=1 (each case records its exit code and stderr lines instead of comparing them
 * with the table), then writes the table from those records and the catalogue in test/hardening/cases.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { casesDoc, casesTable, observedDir, type Observed } from '../test/hardening/cases.js';

// --from-records: only write the table from the records of an earlier UPDATE_FAILURE_CASES=1 run.
if (!process.argv.includes('--from-records')) {
  fs.rmSync(observedDir, { recursive: true, force: true });
  const vitest = spawnSync('npx', ['vitest', 'run', 'test/hardening'], {
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
fs.mkdirSync(path.dirname(casesDoc), { recursive: true });
fs.writeFileSync(casesDoc, casesTable(observed));
console.log(`wrote ${path.relative(process.cwd(), casesDoc)} (${observed.size} cases)`);
