/**
 * Whether a file can be written where the one writer would put it, found before any work is done
 * (a run checks every output before its first request). Nothing is created or opened: a FIFO is not
 * probed, since opening and closing it would end the reader's input.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeTargetOf, type WriteTarget } from './write-target.js';

/** Why a file cannot be written: `what` names the path, `fix` says what to do. */
export interface WriteProblem {
  code: string;
  what: string;
  fix: string;
}

const targetProblems: Record<string, (file: string) => Omit<WriteProblem, 'code'>> = {
  EISDIR: (file) => ({ what: `${file} is a folder`, fix: 'remove that folder or choose another path' }),
  ENAMETOOLONG: (file) => ({ what: `${file} has a name longer than the file system allows`, fix: 'choose a shorter name' }),
  ENOTDIR: (file) => ({ what: `${file} goes through a file as if it were a folder`, fix: 'choose another path' }),
  EACCES: (file) => ({ what: `${file} cannot be reached (permission denied)`, fix: "check the folders' permissions or choose another path" }),
  ELOOP: (file) => ({ what: `${file} is a loop of symbolic links`, fix: 'fix the link or choose another path' }),
  EINVAL: (file) => ({ what: `${file} is neither a file, a pipe nor a device`, fix: 'choose another path' }),
};

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a folder takes a new file, found by creating and removing a probe file there (permission bits
 * alone do not tell: root, read-only mounts, ACLs). Undefined when it does, else the error code.
 */
export function newFileRefusedIn(dir: string): string | undefined {
  const probe = path.join(dir, `.probe.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.closeSync(fs.openSync(probe, 'wx', 0o600));
    fs.rmSync(probe, { force: true });
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  }
}

/** The problem a file-system error means for writing `file`. */
function problemOfError(file: string, error: unknown): WriteProblem {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const known = targetProblems[code];
  return { code, ...(known ? known(file) : { what: `${file} cannot be written (${code})`, fix: 'choose another path' }) };
}

/** The problem writing `file` would meet, or undefined when it can be written. */
export function writeProblemOf(file: string): WriteProblem | undefined {
  let where: WriteTarget;
  let linked: boolean;
  try {
    where = writeTargetOf(file);
    // the folder the file lands in: the link's target's folder for a symlink, else the folder as named
    // (lstat throws ENOTDIR on Node 22+ where a path goes through a file; Node 20 answers "no entry")
    linked = fs.lstatSync(path.resolve(file), { throwIfNoEntry: false })?.isSymbolicLink() === true;
  } catch (error) {
    return problemOfError(file, error);
  }
  if (where.kind === 'stream') {
    return isWritable(where.path) ? undefined : { code: 'EACCES', what: `${file} cannot be written (permission denied)`, fix: 'check its permissions or choose another path' };
  }
  const dir = linked ? path.dirname(where.path) : path.dirname(file);
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) return { code: 'ENOENT', what: `folder ${dir} does not exist`, fix: 'create it or choose another path' };
  if (!stat.isDirectory()) return { code: 'ENOTDIR', what: `folder ${dir} is not a folder`, fix: 'choose another path' };
  const refused = newFileRefusedIn(dir);
  if (refused) return { code: refused, what: `folder ${dir} is not writable`, fix: 'choose another path' };
  return undefined;
}
