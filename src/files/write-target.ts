/**
 * Where a write to a path really lands, decided before anything is written:
 * - a symlink is followed (also one whose target does not exist yet), so the link stays a link and
 *   its target is replaced;
 * - a FIFO or a character device (`>(jq .)` arrives as /dev/fd/N, a pipe; /dev/null, a terminal) is
 *   written directly: a temp file renamed over it would replace the pipe with a regular file;
 * - a folder, a socket or a block device cannot be written (an error with a code, as fs would give).
 */
import fs from 'node:fs';
import path from 'node:path';

export type WriteTarget =
  /** A regular file, or none yet: written through a temp file beside it, then renamed. */
  | { kind: 'file'; path: string }
  /** A FIFO / pipe or a character device: opened and written in place. */
  | { kind: 'stream'; path: string; fifo: boolean };

/** Symlinks one path may go through before it counts as a loop (Linux's own limit is 40). */
const maxLinks = 40;

function errnoError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** Where the symlink `file` points, or undefined when `file` is not a readable link. */
function danglingLinkTarget(file: string): string | undefined {
  try {
    return fs.lstatSync(file).isSymbolicLink() ? path.resolve(path.dirname(file), fs.readlinkSync(file)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `file` with every symlink followed, as an absolute path. A path that does not exist yet is
 * returned as named (a dangling link: where it points), its folder resolved when that exists.
 * Never throws for a path that cannot be resolved: writing it then fails with fs's own error.
 */
export function resolvedPathOf(file: string): string {
  let current = path.resolve(file);
  for (let hop = 0; hop < maxLinks; hop++) {
    try {
      return fs.realpathSync(current);
    } catch {
      // not there (yet): a dangling link points somewhere, else the path itself is the target
    }
    const next = danglingLinkTarget(current);
    if (next === undefined) {
      try {
        return path.join(fs.realpathSync(path.dirname(current)), path.basename(current));
      } catch {
        return current;
      }
    }
    current = next;
  }
  // a loop of links: the path as named, where writing then fails with ELOOP
  return path.resolve(file);
}

/** How `file` is written; throws (with an errno code) when it cannot hold a file's content. */
export function writeTargetOf(file: string): WriteTarget {
  const absolute = path.resolve(file);
  // stat follows links, also /dev/fd/N whose target (pipe:[…]) has no path of its own
  const stat = fs.statSync(absolute, { throwIfNoEntry: false });
  if (stat?.isFIFO() || stat?.isCharacterDevice()) return { kind: 'stream', path: absolute, fifo: stat.isFIFO() };
  if (stat?.isDirectory()) throw errnoError('EISDIR', `${file} is a folder`);
  if (stat && !stat.isFile()) throw errnoError('EINVAL', `${file} is neither a file, a pipe nor a device`);
  return { kind: 'file', path: resolvedPathOf(absolute) };
}
