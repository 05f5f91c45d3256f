import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeProblemOf } from '../../src/files/check-writable.js';

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'files-check-')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeProblemOf', () => {
  it('finds no problem for a new file, an existing file, a symlinked file, a FIFO and a device', () => {
    fs.writeFileSync(path.join(dir, 'old.json'), '{}');
    fs.symlinkSync('old.json', path.join(dir, 'link.json'));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    for (const file of ['new.json', 'old.json', 'link.json', 'pipe', `${'e'.repeat(245)}`]) expect(writeProblemOf(path.join(dir, file)), file).toBeUndefined();
    expect(writeProblemOf('/dev/null')).toBeUndefined();
  });

  it('names a folder, a name too long, a missing folder and a file used as a folder, each with its fix', () => {
    fs.mkdirSync(path.join(dir, 'taken'));
    fs.writeFileSync(path.join(dir, 'plain'), '');
    const long = path.join(dir, 'n'.repeat(256));
    expect(writeProblemOf(path.join(dir, 'taken'))).toEqual({ code: 'EISDIR', what: `${path.join(dir, 'taken')} is a folder`, fix: 'remove that folder or choose another path' });
    expect(writeProblemOf(long)).toEqual({ code: 'ENAMETOOLONG', what: `${long} has a name longer than the file system allows`, fix: 'choose a shorter name' });
    expect(writeProblemOf(path.join(dir, 'nope', 'x.json'))).toEqual({ code: 'ENOENT', what: `folder ${path.join(dir, 'nope')} does not exist`, fix: 'create it or choose another path' });
    expect(writeProblemOf(path.join(dir, 'plain', 'x.json'))).toEqual({ code: 'ENOTDIR', what: `${path.join(dir, 'plain', 'x.json')} goes through a file as if it were a folder`, fix: 'choose another path' });
  });

  it("checks a symlink's target folder, not the link's", () => {
    fs.symlinkSync(path.join(dir, 'gone', 'x.json'), path.join(dir, 'link.json'));
    expect(writeProblemOf(path.join(dir, 'link.json'))).toMatchObject({ code: 'ENOENT', what: `folder ${path.join(dir, 'gone')} does not exist` });
  });

  it('names a socket as neither a file, a pipe nor a device', async () => {
    const net = await import('node:net');
    const socket = path.join(dir, 's.sock');
    const server = net.createServer().listen(socket);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      expect(writeProblemOf(socket)?.code).toBe('EINVAL');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
