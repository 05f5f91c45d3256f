/**
 * Every file the runner writes (reports, exported environment) is written atomically: to a temporary
 * file in the same folder, created with mode 0600, then renamed over the target. A reader never sees
 * half a file, and a failed write leaves nothing behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const PRIVATE_FILE_MODE = 0o600;

export function writeFileAtomic(target: string, content: string, mode = PRIVATE_FILE_MODE): void {
  const dir = path.dirname(target);
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
