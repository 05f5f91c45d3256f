import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PUBLIC_FILE_MODE, writeFileAtomic } from '../../src/files/write-file-atomic.js';

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
