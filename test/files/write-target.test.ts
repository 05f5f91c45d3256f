import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvedPathOf, writeTargetOf } from '../../src/files/write-target.js';

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'files-target-')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('resolvedPathOf', () => {
  it('follows a symlink to its target, also through a chain of links', () => {
    const real = path.join(dir, 'real.json');
    fs.writeFileSync(real, '{}');
    fs.symlinkSync(real, path.join(dir, 'one'));
    fs.symlinkSync('one', path.join(dir, 'two'));
    expect(resolvedPathOf(path.join(dir, 'two'))).toBe(real);
  });

  it('follows a dangling link to where it points, and returns a new file as named', () => {
    fs.symlinkSync('later.json', path.join(dir, 'link'));
    expect(resolvedPathOf(path.join(dir, 'link'))).toBe(path.join(dir, 'later.json'));
    expect(resolvedPathOf(path.join(dir, 'new.json'))).toBe(path.join(dir, 'new.json'));
  });

  it('returns a loop of links as named instead of going round', () => {
    fs.symlinkSync('b', path.join(dir, 'a'));
    fs.symlinkSync('a', path.join(dir, 'b'));
    expect(resolvedPathOf(path.join(dir, 'a'))).toBe(path.join(dir, 'a'));
  });
});

describe('writeTargetOf', () => {
  it('writes a regular file, a new file and a symlinked file through a temp file at the real path', () => {
    const real = path.join(dir, 'real.json');
    fs.writeFileSync(real, '{}');
    fs.symlinkSync(real, path.join(dir, 'link.json'));
    expect(writeTargetOf(real)).toEqual({ kind: 'file', path: real });
    expect(writeTargetOf(path.join(dir, 'link.json'))).toEqual({ kind: 'file', path: real });
    expect(writeTargetOf(path.join(dir, 'new.json'))).toEqual({ kind: 'file', path: path.join(dir, 'new.json') });
  });

  it('writes a FIFO and a character device in place', () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(writeTargetOf(fifo)).toEqual({ kind: 'stream', path: fifo, fifo: true });
    expect(writeTargetOf('/dev/null')).toEqual({ kind: 'stream', path: '/dev/null', fifo: false });
  });

  it('refuses a folder (EISDIR) and a name longer than the file system allows (ENAMETOOLONG)', () => {
    expect(() => writeTargetOf(dir)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(() => writeTargetOf(path.join(dir, 'x'.repeat(300)))).toThrow(expect.objectContaining({ code: 'ENAMETOOLONG' }));
  });
});
