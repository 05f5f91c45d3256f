/**
 * Running the project's CLI as a user does: a child process (no terminal), its exit code and what it
 * printed collected. Shared by the runner, hardening and auth tests that spawn `src/cli.ts`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The tsx launcher in node_modules/.bin (what `npm run <command>` starts). */
export const tsxBin = path.join(projectRoot, 'node_modules/.bin/tsx');
/** tsx's own entry script, to run under `process.execPath` (the node running the tests). */
export const tsxScript = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
/** The CLI's entry point: `tsx src/cli.ts <command>` is what every npm script runs. */
export const cliEntry = path.join(projectRoot, 'src/cli.ts');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in the order they arrived. */
  output: string;
}

export interface SpawnOptions {
  /** Default: the project root. */
  cwd?: string;
  /** Default: cleanEnv(). */
  env?: NodeJS.ProcessEnv;
  /** Run as this user and group (a test running as root shows what a normal user sees). */
  uid?: number;
  gid?: number;
  /** Called with all of stdout so far each time more arrives (to act on what a running command printed). */
  onStdout?: (stdout: string) => void;
}

/**
 * Only what a process needs: no AMAZON_ADS_*, npm_*, NODE_OPTIONS or FORCE_COLOR variable leaks in from the
 * test's own environment (FORCE_COLOR, which some CI services set, would colour every run's output).
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('AMAZON_ADS_') && !key.startsWith('npm_') && key !== 'NODE_OPTIONS' && key !== 'FORCE_COLOR') env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** Spawns `command args` with no stdin and resolves once it has exited, with everything it printed. */
export function spawnRun(command: string, args: string[], options: SpawnOptions = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? projectRoot,
      env: options.env ?? cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
    });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
      options.onStdout?.(stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, output }));
  });
}

/** `tsx src/cli.ts collection ...args`, the command `npm run collection` runs. */
export function collection(args: string[], options: SpawnOptions = {}): Promise<Ran> {
  return spawnRun(tsxBin, [cliEntry, 'collection', ...args], options);
}

/** `tsx src/cli.ts auth ...args`, the command `npm run auth` runs. */
export function auth(args: string[], options: SpawnOptions = {}): Promise<Ran> {
  return spawnRun(tsxBin, [cliEntry, 'auth', ...args], options);
}
