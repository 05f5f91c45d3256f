/**
 * The hardening tests' harness: the `collection` command spawned as a user runs it, in a fresh folder
 * with its own env file, report folder and exported environment; then the checks every case shares:
 * one `error:` line and no stack trace, the exit code, the files it left behind (complete, mode 0600,
 * no temporary file), the env file untouched, and no secret in anything it printed or wrote.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { spellingsOf } from '../../src/core/redact.js';
import { demoCredentials } from '../../src/emulator/index.js';
import { projectRoot, type Ran } from '../support/spawn-cli.js';

export { projectRoot };
export const generatedCollection = path.join(projectRoot, 'collections/amazon-ads-api.postman_collection.json');

/** Distinctive secrets for runs whose server never checks them (a refused connection, a bad flag, ...). */
export const distinctive = {
  client_id: 'amzn1.application-oa2-client.4a4e1d0b0c0f4e9b8f7d6c5b4a392817',
  client_secret: 'HARDENING-client-secret-Vq7Zk2Lm4Pw9Xc',
  refresh_token: 'HARDENING-refresh-token-Bt8Rn6Yj1Hs3Qd',
} as const;

/** The emulator only accepts its demo credentials; its secret is distinctive too. */
export const demo = {
  client_id: demoCredentials.client_id,
  client_secret: demoCredentials.client_secret,
  refresh_token: demoCredentials.refresh_token,
} as const;

export type CredentialSet = { client_id: string; client_secret: string; refresh_token: string };

export { cleanEnv, collection, spawnRun, type Ran } from '../support/spawn-cli.js';

/** A fresh folder per case: env file, report folder, exported environment path. */
export interface Workspace {
  dir: string;
  envFile: string;
  reportDir: string;
  exported: string;
  /** sha256 of the env file as written. */
  envHash: string;
  remove(): void;
}

export function envFileText(credentials: CredentialSet): string {
  return [
    `AMAZON_ADS_CLIENT_ID=${credentials.client_id}`,
    `AMAZON_ADS_CLIENT_SECRET=${credentials.client_secret}`,
    `AMAZON_ADS_REFRESH_TOKEN=${credentials.refresh_token}`,
    '',
  ].join('\n');
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export function workspace(credentials: CredentialSet, envText = envFileText(credentials)): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardening-'));
  const envFile = path.join(dir, '.env');
  fs.writeFileSync(envFile, envText, { mode: 0o600 });
  return {
    dir,
    envFile,
    reportDir: path.join(dir, 'reports'),
    exported: path.join(dir, 'final.postman_environment.json'),
    envHash: sha256(envFile),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The flags that make a run write everything it can: all reporters, the exported environment, verbose lines. */
export function writeEverything(ws: Workspace): string[] {
  return ['--envFile', ws.envFile, '--reporters', 'cli,junit,json', '--report-dir', ws.reportDir, '--export-environment', ws.exported, '--verbose'];
}

/** Every regular file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
}

/** stderr as non-empty lines. */
export function stderrLines(ran: Ran): string[] {
  return ran.stderr.split('\n').filter((line) => line.trim() !== '');
}

/** A Node / V8 stack frame line. */
const STACK_FRAME = /^\s+at\s/m;

/**
 * The end of a run as the issue wants it: exactly one `error:` line on stderr (after any warnings),
 * no stack frame anywhere, the exit code.
 */
export function expectOneErrorLine(ran: Ran, exitCode: number, warnings = 0): string {
  const lines = stderrLines(ran);
  expect(ran.code, `exit code; stderr: ${ran.stderr}`).toBe(exitCode);
  expect(lines, ran.stderr).toHaveLength(1 + warnings);
  expect(lines.filter((line) => line.startsWith('error: ')), ran.stderr).toHaveLength(1);
  expect(lines[lines.length - 1]).toMatch(/^error: /);
  expect(ran.stderr).not.toMatch(STACK_FRAME);
  expect(ran.stdout).not.toMatch(STACK_FRAME);
  return lines[lines.length - 1];
}

/** Shortest piece of a secret that counts as a leak (a printer may wrap or cut a long value). */
const WINDOW = 16;

/**
 * Where a secret, or any 16-character piece of it in any of its encoded spellings, appears in the
 * run's stdout, stderr or any file under the workspace (reports, exported environment, temp files).
 * The env file itself holds the secrets on purpose and is skipped.
 */
export function leaksOf(ran: Ran, ws: Workspace | undefined, secrets: string[]): string[] {
  const outputs: Array<[string, string]> = [
    ['stdout', ran.stdout],
    ['stderr', ran.stderr],
    ...(ws ? filesUnder(ws.dir).filter((file) => file !== ws.envFile).map((file): [string, string] => [file, fs.readFileSync(file, 'utf8')]) : []),
  ];
  const squashed = outputs.map(([name, text]): [string, string] => [`${name} (whitespace removed)`, text.replace(/[\s\u2500-\u257f]+/g, '')]);
  const found = new Set<string>();
  for (const secret of secrets.filter((value) => value.length >= WINDOW)) {
    for (const spelling of spellingsOf(secret)) {
      for (let start = 0; start + WINDOW <= spelling.length; start++) {
        const piece = spelling.slice(start, start + WINDOW);
        for (const [name, text] of [...outputs, ...squashed]) if (text.includes(piece)) found.add(`${name} contains "${piece}"`);
      }
    }
  }
  return [...found];
}

/**
 * The files a run left in the workspace: none half-written (no temporary file), each report and the
 * exported environment complete (parses) and mode 0600, the env file byte for byte as before.
 */
export function expectFilesSound(ws: Workspace, expected: { reports: boolean; exported: boolean }): void {
  const files = filesUnder(ws.dir);
  expect(files.filter((file) => /\.tmp$/.test(file) || path.basename(file).startsWith('.') && file !== ws.envFile)).toEqual([]);
  expect(sha256(ws.envFile)).toBe(ws.envHash);
  const reports = filesUnder(ws.reportDir).sort();
  if (expected.reports) {
    expect(reports.map((file) => path.basename(file))).toEqual([expect.stringMatching(/\.junit\.xml$/), expect.stringMatching(/\.newman\.json$/)]);
    for (const file of reports) {
      expect(fs.statSync(file).mode & 0o777, file).toBe(0o600);
      const text = fs.readFileSync(file, 'utf8');
      if (file.endsWith('.json')) expect(() => JSON.parse(text), file).not.toThrow();
      else expect(text.trim(), file).toMatch(/^<\?xml[\s\S]*<\/testsuites>$/);
    }
  } else {
    expect(reports).toEqual([]);
  }
  if (expected.exported) {
    expect(fs.statSync(ws.exported).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(ws.exported, 'utf8')).values).toBeInstanceOf(Array);
  } else {
    expect(fs.existsSync(ws.exported)).toBe(false);
  }
}

export { closedPort } from '../support/closed-port.js';

/** A request or folder of the generated collection, as JSON (only what the edits below read or change). */
export interface CollectionItemJson {
  name: string;
  item?: CollectionItemJson[];
  request?: { header?: Array<{ key: string; value: string }> };
  event?: Array<{ listen: string; script: { exec: string[] } }>;
}

/**
 * A copy of the generated collection in the workspace, with `edit` applied to the request named `name`
 * (which must exist exactly once); returns the copy's path.
 */
export function editedCollection(ws: Workspace, fileName: string, name: string, edit: (item: CollectionItemJson) => void): string {
  const json = JSON.parse(fs.readFileSync(generatedCollection, 'utf8')) as { item: CollectionItemJson[] };
  let found = 0;
  const walk = (items: CollectionItemJson[]) => {
    for (const item of items) {
      if (item.item) walk(item.item);
      if (item.name === name && item.request) {
        edit(item);
        found++;
      }
    }
  };
  walk(json.item);
  expect(found, `${name} in the collection`).toBe(1);
  const file = path.join(ws.dir, fileName);
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
}
