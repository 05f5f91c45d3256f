/**
 * A vitest reporter (vitest.config.ts, and .ci/run's reporter list): after the run, one line per reason
 * naming every test file that skipped something because of it (test/support/needs.ts), e.g.
 * `skipped in 3 test files, because Amazon's reference data ../shared/reference is absent (...): test/a.test.ts, ...`.
 * Nothing is printed when nothing was skipped.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { reasons, type Reason } from './needs.js';

/** The lines to print for these test modules (sorted, one per reason). */
export function skippedLines(modules: ReadonlyArray<Pick<TestModule, 'relativeModuleId' | 'meta'>>): string[] {
  const byReason = new Map<Reason, string[]>();
  for (const module of modules) {
    for (const reason of module.meta().needs ?? []) byReason.set(reason as Reason, [...(byReason.get(reason as Reason) ?? []), module.relativeModuleId]);
  }
  return [...byReason]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, files]) => `skipped in ${files.length} test file${files.length === 1 ? '' : 's'}, because ${reasons[reason]}: ${files.sort().join(', ')}`);
}

export default class NeedsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    for (const line of skippedLines(modules)) process.stdout.write(`${line}\n`);
  }
}
