/** Row 5 (part): bare start-up references (node -e 0, tsx, our --help), used by the overhead rows. */
import path from 'node:path';
import { benchConfig } from '../config.js';
import { launcher, type Invocation } from '../commands.js';
import { measured, median, notMeasured, type Measured } from '../report.js';

import { root, log, run, failed } from '../context.js';

// ---- 5 (part): bare start-up references -------------------------------------------------------

async function medianWall(invocation: Invocation, runs: number): Promise<{ value: Measured; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = await run(invocation);
    const problem = failed(child);
    if (problem) return { value: notMeasured(problem), all };
    all.push(child.wallMs);
  }
  return { value: measured(median(all)), all };
}

export async function startupReferences(): Promise<{ nodeMs: Measured; tsxMs: Measured; helpMs: Measured }> {
  const env = { ...process.env };
  log(`start-up: node -e 0, node --import tsx -e 0, node ${launcher} collection --help`);
  // unmeasured: lets the launcher compile src/ if it changed since its last run, as a user's first run would
  const warm = await run({ command: process.execPath, args: [path.join(root, launcher), 'collection', '--help'], env });
  if (failed(warm)) log(`the launcher failed: ${failed(warm)}`);
  const node = await medianWall({ command: process.execPath, args: ['-e', '0'], env }, benchConfig.startupRuns);
  const tsx = await medianWall({ command: process.execPath, args: ['--import', 'tsx', '-e', '0'], env }, benchConfig.startupRuns);
  const help = await medianWall(
    { command: process.execPath, args: [path.join(root, launcher), 'collection', '--help'], env },
    benchConfig.startupRuns,
  );
  return { nodeMs: node.value, tsxMs: tsx.value, helpMs: help.value };
}
