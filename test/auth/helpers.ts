/** Shared set-up for the auth tests that run against the emulator (in-process or as a child process). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import type { AuthIo } from '../../src/auth/run-auth.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'auth-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * One emulator and one scratch folder shared by every test in the calling file: started in beforeAll,
 * stopped and removed in afterAll. Read them inside tests (they are set once beforeAll has run).
 */
export function emulatorAndTempDirPerFile(options: EmulatorOptions): { readonly emulator: Emulator; readonly dir: string } {
  const setup = {} as { emulator: Emulator; dir: string; remove: () => Promise<void> };
  beforeAll(async () => {
    setup.emulator = await startEmulator(options);
    ({ dir: setup.dir, remove: setup.remove } = await tempDir());
  });
  afterAll(async () => {
    await setup.emulator.stop();
    await setup.remove();
  });
  return setup;
}

/**
 * Streams for runAuth whose output is captured, plus a fetch that records every token the token
 * endpoint hands out (so tests can scan the output for access and refresh tokens).
 */
export function capturedIo(overrides: Partial<AuthIo> = {}) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = { stdout: '', stderr: '' };
  stdout.on('data', (chunk) => (out.stdout += chunk.toString()));
  stderr.on('data', (chunk) => (out.stderr += chunk.toString()));
  const issuedTokens: string[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (String(input).endsWith('/auth/o2/token')) {
      const json = (await response.clone().json().catch(() => ({}))) as Record<string, unknown>;
      for (const key of ['access_token', 'refresh_token']) if (typeof json[key] === 'string') issuedTokens.push(json[key] as string);
    }
    return response;
  };
  const io: AuthIo = { stdin, stdout, stderr, interactive: false, env: {}, fetch: recordingFetch, ...overrides };
  return { io, stdin, stdout, out, issuedTokens };
}

/** Resolves with the first consent URL runAuth prints. */
export function printedAuthorizationUrl(out: { stdout: string }, stdout: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const look = () => {
      const match = /^\s+(http\S+\/ap\/oa\?\S+)$/m.exec(out.stdout);
      if (match) {
        stdout.off('data', look);
        resolve(match[1]);
      }
    };
    stdout.on('data', look);
    look();
  });
}

/** Every occurrence of any secret in the text (empty when clean). */
export function secretsIn(text: string, secrets: string[]): string[] {
  return secrets.filter((secret) => secret && text.includes(secret));
}
