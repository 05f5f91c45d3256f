/**
 * Runs the Postman CLI (npm package postman-cli, installed in ./tool/ from its own lockfile by the
 * project's npm ci, unless AMAZON_ADS_SKIP_POSTMAN_CLI was set; `npm run postman-cli:install`) from tests: its platform binary is
 * spawned directly (the package's own launcher would leave the binary running if the launcher were
 * killed), with HOME pointing at a temporary folder whose ~/.postman/postmanrc says updates were
 * just checked (so the CLI does not try to reach the internet for them), nothing signed in, and a
 * hard time limit after which the child is killed and the call fails.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needs } from '../support/needs.js';

const require = createRequire(new URL('./tool/package.json', import.meta.url));

/** The binary package postman-cli installs for each platform it supports. */
const binaryPackages: Record<string, string> = {
  'linux-x64': 'pm-bin-linux-x64',
  'linux-arm64': 'pm-bin-linux-arm64',
  'darwin-x64': 'pm-bin-macos-x64',
  'darwin-arm64': 'pm-bin-macos-arm64',
  'win32-x64': 'pm-bin-windows-x64',
};

/** Path of the Postman CLI binary, or an Error that says why it cannot be used here. */
export function postmanBinary(): string {
  const platform = `${process.platform}-${process.arch}`;
  const pkg = binaryPackages[platform];
  if (!pkg) throw new Error(`the Postman CLI has no binary for ${platform}; the Postman CLI tests need linux/macOS/windows on x64 or arm64`);
  try {
    return require.resolve(`@postman/${pkg}/bin/${process.platform === 'win32' ? 'postman.exe' : 'postman'}`);
  } catch {
    throw new Error(`the Postman CLI binary @postman/${pkg} is not installed - run npm run postman-cli:install`);
  }
}

/** Whether the binary is installed (test/support/needs.ts: skips outside CI, named at the end; fails in CI). */
export function postmanCliPresent(): boolean {
  let installed = true;
  try {
    postmanBinary();
  } catch {
    installed = false;
  }
  return needs('postman-cli', installed, 'the Postman CLI binary');
}

export interface CliResult {
  code: number | null;
  output: string;
  ms: number;
}

export interface PostmanCli {
  /** A folder inside the CLI's temporary HOME, for migrated collections, environments, reports. */
  dir: string;
  run(args: string[], timeoutMs: number): Promise<CliResult>;
  /** Removes the temporary HOME and everything in it. */
  dispose(): void;
}

/** `binary` defaults to the installed Postman CLI (a test may name another program to prove the failure paths). */
export function postmanCli(binary: string = postmanBinary()): PostmanCli {
  const home = mkdtempSync(join(tmpdir(), 'postman-cli-'));
  mkdirSync(join(home, '.postman'), { mode: 0o700 });
  writeFileSync(join(home, '.postman', 'postmanrc'), JSON.stringify({ updates: { updateCheckedTimestamp: Date.now() } }));
  const dir = join(home, 'work');
  mkdirSync(dir);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, USERPROFILE: home, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', NO_COLOR: '1' };
  return {
    dir,
    run(args, timeoutMs) {
      const started = Date.now();
      return new Promise((resolve, reject) => {
        const child = spawn(binary, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`postman ${args.slice(0, 2).join(' ')} did not finish within ${timeoutMs} ms and was killed; its output ended with:\n${output.slice(-2000)}`));
        }, timeoutMs);
        child.on('error', (error) => {
          clearTimeout(timer);
          reject(new Error(`the Postman CLI binary ${binary} cannot start (${error.message}) - reinstall with npm ci`));
        });
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ code, output, ms: Date.now() - started });
        });
      });
    },
    dispose() {
      rmSync(home, { recursive: true, force: true });
    },
  };
}
