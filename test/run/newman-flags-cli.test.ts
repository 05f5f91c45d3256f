/**
 * Newman parity as a user types it (spawned): the short flags, FORCE_COLOR, -r progress, and an
 * unknown flag after `--` under npm called unknown with the closest known flag.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, collection, spawnRun } from '../support/spawn-cli.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newman-flags-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ANSI = /\u001b\[\d+m/;

describe('newman run flags on the command line', () => {
  it('`npm run collection -- --region na --foo-bar 1`: the flag is unknown, the closest known one named', async () => {
    const result = await spawnRun('npm', ['run', '--silent', 'collection', '--', '--region', 'na', '--foo-bar', '1']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('error: unknown flag --foo-bar for collection: the closest known flag is --folder (see --help)\n');
  });

  it('-n, -d, -g, -r progress, --bail, --ignore-redirects, --disable-unicode together; FORCE_COLOR=1 colours a non-terminal', async () => {
    fs.writeFileSync(path.join(dir, 'rows.json'), JSON.stringify([{ row: 1 }, { row: 2 }]));
    fs.writeFileSync(path.join(dir, 'globals.json'), JSON.stringify({ name: 'Globals', values: [{ key: 'greeting', value: 'hello', type: 'default', enabled: true }] }));
    const args = ['--emulator', '--folder', 'auth', '-d', path.join(dir, 'rows.json'), '-n', '2', '-g', path.join(dir, 'globals.json'), '-r', 'cli,progress', '--bail', '--ignore-redirects', '--disable-unicode'];
    // without NO_COLOR: Node itself warns when both are set
    const forced = (value: string) => ({ ...cleanEnv(), NO_COLOR: undefined, FORCE_COLOR: value });
    const coloured = await collection(args, { env: forced('1') });
    expect(coloured.stderr).toBe('');
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout).toMatch(/\n {2}requests +2, 0 failed\n/);
    expect(coloured.stdout).toContain('Pass');
    expect(coloured.stdout).not.toContain('✓');
    const plain = await collection(args, { env: forced('0') });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toMatch(ANSI);
  });
});
