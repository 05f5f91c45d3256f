/**
 * Runs one command as a child process and measures it: wall time from spawn to exit, and the
 * child's own peak resident set size (maxrss from the kernel, via /usr/bin/time; else by polling
 * /proc/<pid>/status VmHWM). Output is kept only as a bounded tail, and a run that overstays its
 * time limit is killed (its process group only), so no bench loop can hang or eat memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
const TAIL_BYTES = 64 * 1024;

export interface ChildRun {
  /** performance.now() at spawn, to relate to request timestamps taken in this process. */
  spawnedAt: number;
  wallMs: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Peak RSS of the measured process in bytes; NaN when it could not be read. */
  peakRssBytes: number;
  /** How peakRssBytes was taken. */
  rssSource: 'time' | 'proc' | 'none';
  /** User + system CPU time of the measured process (GNU time); NaN when not available. Robust to machine load. */
  cpuMs: number;
  stdoutTail: string;
  stderrTail: string;
  timedOut: boolean;
}

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Measure peak RSS (wraps the command in /usr/bin/time when available). */
  measureRss?: boolean;
}

function keepTail(previous: string, chunk: Buffer): string {
  const next = previous + chunk.toString('utf8');
  return next.length > TAIL_BYTES ? next.slice(next.length - TAIL_BYTES) : next;
}

function readVmHwmBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export const gnuTimeAvailable = existsSync(GNU_TIME);

export function runChild(command: string, args: string[], options: ChildOptions): Promise<ChildRun> {
  const useTime = Boolean(options.measureRss) && gnuTimeAvailable;
  const scratch = useTime ? mkdtempSync(join(tmpdir(), 'bench-time-')) : '';
  const timeFile = join(scratch, 'maxrss');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];

  return new Promise((resolve, reject) => {
    const spawnedAt = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout kills exactly this run and its children
    });
    let stdoutTail = '';
    let stderrTail = '';
    let polledPeak = Number.NaN;
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdoutTail = keepTail(stdoutTail, chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderrTail = keepTail(stderrTail, chunk)));

    const poller =
      options.measureRss && !useTime && child.pid !== undefined
        ? setInterval(() => {
            const hwm = readVmHwmBytes(child.pid as number);
            if (Number.isFinite(hwm) && !(hwm <= polledPeak)) polledPeak = hwm;
          }, 25)
        : undefined;
    const killer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }, options.timeoutMs);

    child.on('error', (error) => {
      clearTimeout(killer);
      if (poller) clearInterval(poller);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      const wallMs = performance.now() - spawnedAt;
      clearTimeout(killer);
      if (poller) clearInterval(poller);
      let peakRssBytes = Number.NaN;
      let rssSource: ChildRun['rssSource'] = 'none';
      let cpuMs = Number.NaN;
      if (useTime) {
        try {
          // GNU time writes "maxrss-KiB user-s system-s" as the last line of its output file.
          const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
          const [kib, user, system] = lines[lines.length - 1].split(' ').map(Number);
          if (Number.isFinite(kib) && kib > 0) {
            peakRssBytes = kib * 1024;
            rssSource = 'time';
          }
          if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
        } catch {
          /* no file: the run was killed */
        }
        rmSync(scratch, { recursive: true, force: true });
      } else if (Number.isFinite(polledPeak)) {
        peakRssBytes = polledPeak;
        rssSource = 'proc';
      }
      resolve({ spawnedAt, wallMs, exitCode, signal, peakRssBytes, rssSource, cpuMs, stdoutTail, stderrTail, timedOut });
    });
  });
}

/** One line describing why a run failed, without echoing its output wholesale. */
export function describeFailure(run: ChildRun): string {
  if (run.timedOut) return 'timed out and was killed';
  const lastLine = (text: string) =>
    text
      .trim()
      .split('\n')
      .filter((line) => line.trim())
      .slice(-1)[0] ?? '';
  const said = lastLine(run.stderrTail) || lastLine(run.stdoutTail);
  return `exit ${run.exitCode ?? run.signal}${said ? `: ${said.slice(0, 200)}` : ''}`;
}
