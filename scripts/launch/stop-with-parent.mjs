/**
 * How a launched command stops, whoever stops it (issue 17 item 5).
 *
 * - `exitOnSignals()`: SIGINT, SIGTERM and SIGHUP end the process with the shell's code for them (130,
 *   143, 129) through `process.exit`, so every 'exit' listener runs first (the launcher's own: remove a
 *   half-compiled temporary folder) and a file is never cut mid-write (the writes are synchronous and a
 *   handled signal waits for them). A command that listens for the signal itself (the emulator: stop
 *   serving, exit 0) keeps its own behaviour. It also makes SIGTERM work when node runs as PID 1 in a
 *   container, where an unhandled SIGTERM is ignored.
 * - `stopWithParent()`: npm runs a script as `sh -c "node scripts/launch.mjs …"`. `kill -TERM <npm pid>`
 *   makes npm pass SIGTERM to that shell, which dies without passing it on, so node would keep running
 *   under PID 1 (serving, sending requests, writing reports). The launcher watches its parent and, once
 *   it is gone (re-parented), sends itself SIGTERM: the same exit as a direct `kill -TERM`.
 */
import fs from 'node:fs';

const exitCodes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export function exitOnSignals() {
  for (const [signal, code] of Object.entries(exitCodes)) {
    process.on(signal, () => {
      if (process.listenerCount(signal) > 1) return; // the command handles this signal itself
      process.exit(code);
    });
  }
}

/** The parent pid the kernel reports now (Node's `process.ppid` is read once, at start); undefined off Linux. */
function currentParentPid() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid exists (EPERM: it does, owned by someone else). */
export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Polls every `intervalMs` (on a timer that never keeps the process alive) whether the parent is still there. */
export function stopWithParent(intervalMs = 200) {
  const parent = process.ppid;
  if (parent <= 1) return; // already orphaned or PID 1 itself: nothing to follow
  const timer = setInterval(() => {
    const now = currentParentPid();
    if (now === undefined ? isRunning(parent) : now === parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, intervalMs);
  timer.unref();
}
