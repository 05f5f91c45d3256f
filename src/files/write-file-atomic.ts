/**
 * The project's ONE file writer. Every file the tool writes (run reports, the exported environment,
 * a downloaded report's JSON + CSV, the generated collection and environments, the env file of
 * `npm run auth`) goes through here, whole (`writeFileAtomic`) or streamed (`openAtomicFile`):
 * the content goes to a temporary file in the target's folder, created exclusively with the given
 * mode (0600 unless the caller says otherwise), flushed to disk, then renamed over the target.
 * A reader never sees half a file, and a failed write leaves nothing behind (no temp file, the old
 * file untouched; a process exiting mid-stream removes its temp files). A symlinked target stays a link (its target is replaced); a FIFO or a character
 * device (`>(jq .)`, /dev/null) is written directly (see write-target.ts). Callers redact before they
 * write; this module never sees where content came from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeTargetOf } from './write-target.js';

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

/** Characters of the target's name kept in the temp name: short, so it fits NAME_MAX (255 bytes) whatever the target's length. */
const tempNameChars = 32;

/** A fresh temporary name beside `target`: `.<start of the name>.<random>.tmp`, at most ~150 bytes. */
export function tempPathOf(target: string): string {
  const start = Array.from(path.basename(target)).slice(0, tempNameChars).join('');
  return path.join(path.dirname(target), `.${start}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Opens a FIFO or a character device for writing. A FIFO nobody reads would block the open forever:
 * it is first opened non-blocking (ENXIO when no reader), then blocking for the writes; the first
 * descriptor closes only once the second is open, so the reader never sees an early end.
 */
function openInPlace(file: string, fifo: boolean): number {
  if (!fifo) return fs.openSync(file, 'w');
  const probe = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
  try {
    return fs.openSync(file, fs.constants.O_WRONLY);
  } finally {
    fs.closeSync(probe);
  }
}

function prepare(target: string, options: WriteFileOptions) {
  if (options.createFolder) fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  return writeTargetOf(target);
}

export function writeFileAtomic(target: string, content: string, options: WriteFileOptions = {}): void {
  const mode = options.mode ?? PRIVATE_FILE_MODE;
  const where = prepare(target, options);
  if (where.kind === 'stream') {
    const fd = openInPlace(where.path, where.fifo);
    try {
      fs.writeFileSync(fd, content, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
    return;
  }
  const temp = tempPathOf(where.path);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.chmodSync(temp, mode); // the umask may have narrowed or the platform ignored the open mode
    fs.renameSync(temp, where.path);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** A file being written as a stream: nothing is at the target until `commit()`. */
export interface AtomicFile {
  /** Where the bytes go (honour its backpressure: wait for 'drain' when write() returns false). */
  readonly stream: fs.WriteStream;
  /** Ends the stream, flushes it to disk and puts the file in place; on failure nothing is left. */
  commit(): Promise<void>;
  /** Stops writing and removes the temporary file; the target stays as it was. Safe after any failure, and twice. */
  abort(): Promise<void>;
}

/**
 * Temp files of streams not yet committed or aborted. A process that exits meanwhile (Ctrl-C, SIGTERM
 * ending through process.exit) removes them on its way out, so no `.tmp` file outlives the run.
 */
const openTemps = new Set<string>();
let removeOnExit = false;

function track(temp: string): void {
  openTemps.add(temp);
  if (removeOnExit) return;
  removeOnExit = true;
  process.on('exit', () => {
    for (const file of openTemps) fs.rmSync(file, { force: true });
  });
}

/** Resolves once the stream has closed; rejects with its error, if it had one. */
function closedOf(stream: fs.WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = () => (stream.errored ? reject(stream.errored) : resolve());
    if (stream.closed) settle();
    else stream.once('close', settle);
  });
}

/**
 * Opens `target` for streamed writing. Throws at once when the target cannot hold a file (a folder,
 * a socket, a FIFO nobody reads); a missing folder surfaces as the stream's first error and from
 * commit(). The stream always has an error listener, so a failure before the caller attaches its
 * own never crashes the process.
 */
export function openAtomicFile(target: string, options: WriteFileOptions = {}): AtomicFile {
  const mode = options.mode ?? PRIVATE_FILE_MODE;
  const where = prepare(target, options);
  if (where.kind === 'stream') {
    const stream = fs.createWriteStream(where.path, { fd: openInPlace(where.path, where.fifo) });
    stream.on('error', () => undefined);
    return {
      stream,
      commit: async () => {
        stream.end();
        await closedOf(stream);
      },
      abort: async () => {
        stream.destroy();
        await closedOf(stream).catch(() => undefined);
      },
    };
  }
  const temp = tempPathOf(where.path);
  track(temp);
  // `flush`: the descriptor is fsynced before it closes, so the renamed file is on disk
  const stream = fs.createWriteStream(temp, { flags: 'wx', mode, flush: true });
  stream.on('error', () => undefined);
  const abort = async () => {
    stream.destroy();
    await closedOf(stream).catch(() => undefined);
    fs.rmSync(temp, { force: true });
    openTemps.delete(temp);
  };
  return {
    stream,
    commit: async () => {
      try {
        stream.end();
        await closedOf(stream);
        fs.chmodSync(temp, mode);
        fs.renameSync(temp, where.path);
        openTemps.delete(temp);
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}
