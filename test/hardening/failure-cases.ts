/**
 * The shared end of every hardening case: `expectCase(id, ran, ws, secrets)`.
 * - It scans every output of the run for the secrets it was given: every case is a secret-leak test.
 * - Normally it compares the exit code and stderr lines with the case's row of docs/failure-cases.md,
 *   so the table cannot drift from what users see; with UPDATE_FAILURE_CASES=1 (`npm run docs:cases`)
 *   it records them instead, and scripts/failure-cases.ts writes the table from the records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { leaksOf, stderrLines, type Ran, type Workspace } from './harness.js';
import { failureCases, normalise, observedDir, readCasesTable, type Observed } from './cases.js';

export { failureCases };

/**
 * The shared end of every case: no secret in any output, then the exit code and stderr lines
 * compared with (or recorded for) the table.
 */
export function expectCase(id: string, ran: Ran, ws: Workspace | undefined, secrets: string[]): void {
  const known = failureCases.find((entry) => entry.id === id);
  expect(known, `case ${id} is in the catalogue`).toBeDefined();
  expect(leaksOf(ran, ws, secrets), `secrets leaked in case ${id}`).toEqual([]);
  const observed: Observed = { id, exitCode: ran.code, lines: stderrLines(ran).map((line) => normalise(line, ws)) };
  if (process.env.UPDATE_FAILURE_CASES) {
    fs.mkdirSync(observedDir, { recursive: true });
    fs.writeFileSync(path.join(observedDir, `${id}.json`), JSON.stringify(observed, null, 2));
    return;
  }
  const row = readCasesTable().get(id);
  expect(row, `docs/failure-cases.md has a row for ${id}; run npm run docs:cases`).toBeDefined();
  expect({ exitCode: observed.exitCode, lines: observed.lines }, `docs/failure-cases.md row ${id} is stale; run npm run docs:cases`).toEqual({
    exitCode: row!.exitCode,
    lines: row!.lines,
  });
}
