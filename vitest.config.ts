import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // default: vitest's own; needs-reporter: one line naming the test files that skipped (test/support/needs.ts)
    reporters: ['default', './test/support/needs-reporter.ts'],
  },
});
