/**
 * What every bench row shares: the project root, the bench's clock and time budget, the progress log,
 * the secrets to redact, and how a measured command is run as a child against the emulator.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchConfig } from './config.js';
import { describeFailure, runChild, type ChildRun } from './child.js';
import { type Invocation } from './commands.js';
import { difference, snapshot, type Emulator, type StatsSnapshot } from './emulator.js';
import { redact } from './redact.js';
import { measured, row, type Row, type Section } from './report.js';
import { RequestClock } from './request-clock.js';


/** The rows and notes a row module adds to the results. */
export interface BenchRows {
  rows: Row[];
  sections: Section[];
}

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const benchStart = performance.now();
export const clock = new RequestClock().start();
export const secrets = new Set<string>();
export const spListRoute = { method: 'POST', path: '/sp/campaigns/list' };
export const spListKey = 'POST /sp/campaigns/list';

export function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - benchStart) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

export function overBudget(): boolean {
  return performance.now() - benchStart > benchConfig.budgetMs;
}

export const budgetNote = `skipped: the bench's ${benchConfig.budgetMs / 1000} s budget was used up`;

export function safe(text: string): string {
  return redact(text, [...secrets]);
}

export function errorText(error: unknown): string {
  return safe(error instanceof Error ? error.message.split('\n')[0] : String(error));
}

export async function run(invocation: Invocation, timeoutMs: number = benchConfig.childTimeoutMs): Promise<ChildRun> {
  return runChild(invocation.command, invocation.args, {
    cwd: root,
    env: invocation.env,
    timeoutMs,
    measureRss: true,
  });
}

export interface MeasuredRun {
  child: ChildRun;
  delta: StatsSnapshot;
  firstRequestMs: number;
  seen: ReturnType<RequestClock['requests']>;
}

/** Runs one command against `emulator`, with the emulator's stats and the request clock around it. */
export async function measuredRun(emulator: Emulator, invocation: Invocation, timeoutMs?: number): Promise<MeasuredRun> {
  clock.reset();
  const before = snapshot(emulator);
  const child = await run(invocation, timeoutMs);
  // responses may still be flushing when the child exits; stats are counted on arrival, so read now
  const delta = difference(before, snapshot(emulator));
  const first = clock.firstAt();
  return {
    child,
    delta,
    firstRequestMs: first === undefined ? Number.NaN : first - child.spawnedAt,
    seen: [...clock.requests()],
  };
}

export function failed(run: MeasuredRun | ChildRun): string | undefined {
  const child = 'child' in run ? run.child : run;
  return child.exitCode === 0 && !child.timedOut ? undefined : safe(describeFailure(child));
}
