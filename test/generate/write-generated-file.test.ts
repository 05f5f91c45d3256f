import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeGeneratedFile } from '../../src/generate/write-generated-file.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeGeneratedFile', () => {
  it('creates missing folders, replaces the file and leaves no temp file', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    const target = join(dir, 'collections', 'x.json');
    writeGeneratedFile(target, 'one\n');
    writeGeneratedFile(target, 'two\n');
    expect(readFileSync(target, 'utf8')).toBe('two\n');
    expect(readdirSync(join(dir, 'collections'))).toEqual(['x.json']);
  });

  it('leaves no temp file behind when the rename fails', () => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
    // a non-empty directory at the target makes the rename fail after the temp file was written
    const target = join(dir, 'occupied');
    mkdirSync(join(target, 'child'), { recursive: true });
    writeFileSync(join(dir, 'other.json'), 'old\n');
    expect(() => writeGeneratedFile(target, 'new\n')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['occupied', 'other.json']);
    expect(readdirSync(target)).toEqual(['child']);
  });
});
