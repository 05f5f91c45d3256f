/**
 * The project's ONE file writer. Every file the tool writes (run reports, the exported environment,
 * the generated collection and environments, the env file of `npm run auth`) goes through here:
 * the content goes to a temporary file in the target's folder, created exclusively with the given
 * mode (0600 unless the caller says otherwise), flushed to disk, then renamed over the target.
 * A reader never sees half a file, and a failed write leaves nothing behind (no temp file, the old
 * file untouched). Callers redact before they write; this module never sees where content came from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Files that may hold secrets (reports, exported environments, .env): owner only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Files meant to be shared and committed (the generated collection and environments). */
export const PUBLIC_FILE_MODE = 0o644;

export interface WriteFileOptions {
  /** Default PRIVATE_FILE_MODE, applied whatever the umask. */
  mode?: number;
  /** Create the target's folder (and its parents) first. Default false: a missing folder is an error. */
  createFolder?: boolean;
}

export function writeFileAtomic(target: string, content: string, options: WriteFileOptions = {}): void {
  const mode = options.mode ?? PRIVATE_FILE_MODE;
  const dir = path.dirname(target);
  if (options.createFolder) fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.chmodSync(temp, mode); // the umask may have narrowed or the platform ignored the open mode
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
