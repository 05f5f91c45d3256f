import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicFile, PUBLIC_FILE_MODE, writeFileAtomic } from '../../src/files/write-file-atomic.js';
import { readAll } from '../support/read-all.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'files-write-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the content with mode 0600, replacing an older file, and leaves no temporary file', () => {
    const target = path.join(dir, 'report.xml');
    fs.writeFileSync(target, 'old', { mode: 0o644 });
    writeFileAtomic(target, 'new content');
    expect(fs.readFileSync(target, 'utf8')).toBe('new content');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['report.xml']);
  });

  it('leaves nothing behind when the folder does not exist', () => {
    expect(() => writeFileAtomic(path.join(dir, 'missing', 'x.json'), '{}')).toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('leaves nothing behind when the target cannot be replaced', () => {
    const target = path.join(dir, 'taken');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['taken']);
  });
});

describe('writeFileAtomic options', () => {
  it('creates missing folders when asked and applies the given mode', () => {
    const target = path.join(dir, 'collections', 'x.json');
    writeFileAtomic(target, 'one\n', { createFolder: true, mode: PUBLIC_FILE_MODE });
    expect(fs.readFileSync(target, 'utf8')).toBe('one\n');
    expect(fs.statSync(target).mode & 0o777).toBe(PUBLIC_FILE_MODE);
    expect(fs.readdirSync(path.join(dir, 'collections'))).toEqual(['x.json']);
  });
});

describe('writeFileAtomic targets', () => {
  it('writes a 245-character name: the temp name stays short enough for the file system', () => {
    const target = path.join(dir, `${'e'.repeat(240)}.json`);
    writeFileAtomic(target, '{}\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('{}\n');
    expect(fs.readdirSync(dir)).toEqual([path.basename(target)]);
  });

  it('keeps a symlinked target a link and replaces what it points to', () => {
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync('real.json', link);
    writeFileAtomic(link, 'new');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });

  it('writes a FIFO in place, to the process reading it, leaving it a FIFO', async () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const read = readAll(fifo);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the reader opens first, as `>(jq .)` does
    writeFileAtomic(fifo, '{"values":[]}\n');
    expect(await read).toBe('{"values":[]}\n');
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['pipe']);
  });

  it('fails at once (ENXIO) on a FIFO nobody reads, instead of waiting forever', () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => writeFileAtomic(fifo, 'x')).toThrow(expect.objectContaining({ code: 'ENXIO' }));
  });

  it('writes a character device in place', () => {
    expect(() => writeFileAtomic('/dev/null', 'discarded')).not.toThrow();
  });
});


describe('openAtomicFile', () => {
  it('streams into a temp file beside the target, which appears only on commit, mode 0600', async () => {
    const target = path.join(dir, 'rows.csv');
    fs.writeFileSync(target, 'old', { mode: 0o644 });
    const file = openAtomicFile(target);
    for (let i = 0; i < 1000; i++) file.stream.write(`row ${i}\n`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toHaveLength(2);
    await file.commit();
    expect(fs.readFileSync(target, 'utf8').split('\n')).toHaveLength(1001);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['rows.csv']);
  });

  it('leaves the target untouched and no temp file on abort, also when aborted twice', async () => {
    const target = path.join(dir, 'rows.json');
    fs.writeFileSync(target, 'old');
    const file = openAtomicFile(target);
    file.stream.write('half a fi');
    await file.abort();
    await file.abort();
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['rows.json']);
  });

  it('rejects commit when the folder does not exist, leaving nothing behind', async () => {
    const file = openAtomicFile(path.join(dir, 'missing', 'x.json'));
    file.stream.write('x');
    await expect(file.commit()).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder as the target at once (EISDIR)', () => {
    fs.mkdirSync(path.join(dir, 'report.json'));
    expect(() => openAtomicFile(path.join(dir, 'report.json'))).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });

  it('streams a 245-character name, a symlinked target and a FIFO', async () => {
    const long = path.join(dir, `${'s'.repeat(241)}.csv`);
    const real = path.join(dir, 'real.csv');
    fs.symlinkSync('real.csv', path.join(dir, 'link.csv'));
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const read = readAll(fifo);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const target of [long, path.join(dir, 'link.csv'), fifo]) {
      const file = openAtomicFile(target);
      file.stream.write('a,b\r\n');
      await file.commit();
    }
    expect(fs.readFileSync(long, 'utf8')).toBe('a,b\r\n');
    expect(fs.readFileSync(real, 'utf8')).toBe('a,b\r\n');
    expect(fs.lstatSync(path.join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(await read).toBe('a,b\r\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['link.csv', 'pipe', 'real.csv', path.basename(long)].sort());
  });
});

describe('openAtomicFile when the process exits mid-write', () => {
  it('removes the temp file on exit (Ctrl-C / SIGTERM end through process.exit) and leaves no target', () => {
    const target = path.join(dir, 'report.json');
    const module = path.resolve('src/files/write-file-atomic.ts');
    const script = `import { openAtomicFile } from ${JSON.stringify(module)};
      const file = openAtomicFile(${JSON.stringify(target)});
      file.stream.write('half', () => process.exit(130));`;
    const exited = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(exited.status, exited.stderr).toBe(130);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
