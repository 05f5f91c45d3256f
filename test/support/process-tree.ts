/**
 * Finding and waiting for processes a test started through npm / sh (Linux /proc): npm and sh do not
 * hand their child's pid back, so a test walks the tree below the pid it spawned.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Every process below `pid`, nearest first. */
export function descendantsOf(pid: number): number[] {
  const found: number[] = [];
  const walk = (parent: number) => {
    const taskDir = `/proc/${parent}/task`;
    if (!existsSync(taskDir)) return;
    for (const task of readdirSync(taskDir)) {
      let text = '';
      try {
        text = readFileSync(`${taskDir}/${task}/children`, 'utf8').trim();
      } catch {
        continue; // the task ended while we looked
      }
      for (const child of text ? text.split(/\s+/).map(Number) : []) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

export function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** The deepest process below `pid` whose command line contains `text`; throws when there is none. */
export function descendantRunning(pid: number, text: string): number {
  const match = descendantsOf(pid)
    .reverse()
    .find((child) => commandLineOf(child).includes(text));
  if (match === undefined) throw new Error(`no process running "${text}" below pid ${pid}`);
  return match;
}

/** Running and not a zombie (an exited process whose parent has not collected it counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Polls every 50 ms until `check()` holds or `timeoutMs` passed; returns whether it held. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}
