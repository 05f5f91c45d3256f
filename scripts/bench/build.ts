/**
 * Row 4: how long building the full catalog takes.
 * - in-process: `generatedFiles()` (catalog -> collection + one environment per region, serialised,
 *   nothing written), after one warm-up call; module load is timed separately and excluded;
 * - the command: `npm run build -- --out-dir <scratch>` as a user runs it, writing into a scratch
 *   directory so the bench never rewrites the committed collections/ and environments/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeFailure, runChild } from './child.js';

export interface BuildMeasurement {
  moduleLoadMs: number;
  firstCallMs: number;
  inProcessMs: number[];
  commandMs: number[];
  /** `npm --version`: npm's own start-up, the part of `npm run build` that is not ours. */
  npmMs: number[];
  commandError?: string;
  outputBytes: number;
  files: string[];
  requests: number;
  what: string;
}

function countRequests(collectionJson: string): number {
  const walk = (items: unknown[]): number =>
    items.reduce<number>((sum, item) => {
      const node = item as { item?: unknown[]; request?: unknown };
      return sum + (Array.isArray(node.item) ? walk(node.item) : node.request ? 1 : 0);
    }, 0);
  const parsed = JSON.parse(collectionJson) as { item?: unknown[] };
  return walk(parsed.item ?? []);
}

export async function measureBuild(root: string, inProcessRuns: number, commandRuns: number): Promise<BuildMeasurement> {
  const loadStart = performance.now();
  const { generatedFiles } = await import('../../src/generate/generated-files.js');
  const moduleLoadMs = performance.now() - loadStart;

  let start = performance.now();
  const files = generatedFiles();
  const firstCallMs = performance.now() - start;
  const inProcessMs: number[] = [];
  for (let i = 0; i < inProcessRuns; i++) {
    start = performance.now();
    generatedFiles();
    inProcessMs.push(performance.now() - start);
  }
  const collection = files.find((file) => file.path.startsWith('collections/'));

  const commandMs: number[] = [];
  const npmMs: number[] = [];
  let commandError: string | undefined;
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
  try {
    for (let i = 0; i < commandRuns; i++) {
      const child = await runChild('npm', ['run', '--silent', 'build', '--', '--out-dir', scratch], {
        cwd: root,
        env: process.env,
        timeoutMs: 60_000,
      });
      if (child.exitCode !== 0 || child.timedOut) {
        commandError = `npm run build failed: ${describeFailure(child)}`;
        break;
      }
      commandMs.push(child.wallMs);
      const npm = await runChild('npm', ['--version'], { cwd: root, env: process.env, timeoutMs: 60_000 });
      if (npm.exitCode === 0) npmMs.push(npm.wallMs);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  return {
    moduleLoadMs,
    firstCallMs,
    inProcessMs,
    commandMs,
    npmMs,
    commandError,
    outputBytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0),
    files: files.map((file) => `${path.basename(file.path)} ${(Buffer.byteLength(file.content) / 1024).toFixed(1)} KiB`),
    requests: collection ? countRequests(collection.content) : 0,
    what: `module load ${moduleLoadMs.toFixed(0)} ms and first (cold) call ${firstCallMs.toFixed(0)} ms not included`,
  };
}
